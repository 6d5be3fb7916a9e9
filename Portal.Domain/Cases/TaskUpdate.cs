using Portal.Domain.Text;

namespace Portal.Domain.Cases;

/// <summary>A progress update: the situation, the reason for a delay and proposals (Khánh Hòa Điều 10.3).</summary>
public sealed class TaskUpdate
{
    public const int ContentMaxLength = 4000;
    public const int NoteMaxLength = 2000;

    private TaskUpdate() { }

    public TaskUpdate(int? authorId, DateTimeOffset at, string content, string? delayReason, string? proposals)
    {
        Content = TextInput.Required(content, ContentMaxLength, "Nội dung cập nhật tiến độ");
        DelayReason = TextInput.Optional(delayReason, NoteMaxLength, "Lý do chậm");
        Proposals = TextInput.Optional(proposals, NoteMaxLength, "Kiến nghị, đề xuất");
        AuthorId = authorId;
        At = at;
    }

    public long Id { get; private set; }
    public int TaskId { get; private set; }
    /// <summary>The person who filed it; none when a unit account did (<see cref="AuthorCapacity"/> then says who typed it).</summary>
    public int? AuthorId { get; private set; }
    public string? AuthorCapacity { get; init; }
    public DateTimeOffset At { get; private set; }
    public string Content { get; private set; } = "";
    public string? DelayReason { get; private set; }
    public string? Proposals { get; private set; }
}
