using Portal.Domain.Text;

namespace Portal.Domain.Cases;

public enum ProposalStatus
{
    Pending,
    Accepted,
    Refused,
}

/// <summary>
/// The lead unit's proposal to adjust its task — the content, the deadline or both — with its reason (Khánh Hòa 1986
/// Điều 11.4 "yêu cầu phải điều chỉnh các nhiệm vụ", 12.1b); the assigner answers it, and an accepted one corrects the task.
/// </summary>
public sealed class TaskProposal
{
    public const int ReasonMaxLength = 2000;

    private TaskProposal() { }

    internal TaskProposal(int proposedById, DateTimeOffset at, string? content, DateOnly? deadline, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Phải nêu lý do đề xuất điều chỉnh.");
        Reason = TextInput.Required(reason, ReasonMaxLength, "Lý do đề xuất điều chỉnh");
        ProposedById = proposedById;
        ProposedAt = at;
        ProposedContent = content;
        ProposedDeadline = deadline;
    }

    public int Id { get; private set; }
    public int TaskId { get; private set; }
    public int ProposedById { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    /// <summary>The content proposed, when the proposal changes it.</summary>
    public string? ProposedContent { get; private set; }
    /// <summary>The deadline proposed, when the proposal changes it.</summary>
    public DateOnly? ProposedDeadline { get; private set; }
    public string Reason { get; private set; } = "";
    public ProposalStatus Status { get; private set; }
    public int? AnsweredById { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnswerNote { get; private set; }

    internal void Answer(int answeredById, DateTimeOffset at, bool accept, string? note)
    {
        if (Status != ProposalStatus.Pending) throw new DomainException("Đề xuất này đã được trả lời.");
        if (!accept && string.IsNullOrWhiteSpace(note)) throw new DomainException("Phải nêu lý do khi không chấp thuận đề xuất.");
        AnswerNote = TextInput.Optional(note, ReasonMaxLength, "Ý kiến trả lời đề xuất");
        Status = accept ? ProposalStatus.Accepted : ProposalStatus.Refused;
        AnsweredById = answeredById;
        AnsweredAt = at;
    }
}
