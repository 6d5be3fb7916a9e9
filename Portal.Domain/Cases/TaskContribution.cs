using Portal.Domain.Text;

namespace Portal.Domain.Cases;

/// <summary>A coordinating unit's or specialist's contribution to the lead unit's report (Đồng Tháp Điều 14.6).</summary>
public sealed class TaskContribution
{
    public const int ContentMaxLength = 4000;

    private TaskContribution() { }

    public TaskContribution(int authorId, int? unitId, DateTimeOffset at, string content, Guid? attachmentId)
    {
        Content = TextInput.Required(content, ContentMaxLength, "Nội dung ý kiến phối hợp");
        AuthorId = authorId;
        UnitId = unitId;
        At = at;
        AttachmentId = attachmentId;
    }

    public long Id { get; private set; }
    public int TaskId { get; private set; }
    public int AuthorId { get; private set; }
    public int? UnitId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Content { get; private set; } = "";
    public Guid? AttachmentId { get; private set; }
}
