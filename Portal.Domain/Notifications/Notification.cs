namespace Portal.Domain.Notifications;

/// <summary>
/// A message to one person on their bell. <see cref="Key"/> is the natural key of what it announces (kind, task,
/// due date or event, recipient) and is unique, so a rerun, a retry or a second server never sends it twice.
/// </summary>
public sealed class Notification
{
    public const int KeyMaxLength = 200;

    private Notification() { }

    /// <summary>A notification to a unit's own account (Khánh Hòa 1986 Điều 5.1a): its bell, not a person's.</summary>
    public static Notification ToUnit(string key, int unitId, NotificationKind kind, int? taskId, string title, string message, DateTimeOffset createdAt,
                                      DateOnly? dueOn = null) =>
        new(key, null, kind, taskId, title, message, createdAt, dueOn) { RecipientUnitId = unitId };

    public Notification(string key, int recipientId, NotificationKind kind, int? taskId, string title, string message, DateTimeOffset createdAt,
                        DateOnly? dueOn = null)
        : this(key, (int?)recipientId, kind, taskId, title, message, createdAt, dueOn)
    {
    }

    private Notification(string key, int? recipientId, NotificationKind kind, int? taskId, string title, string message, DateTimeOffset createdAt,
                        DateOnly? dueOn = null)
    {
        DueOn = dueOn;
        Key = key;
        RecipientId = recipientId;
        Kind = kind;
        TaskId = taskId;
        Title = title;
        Message = message;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    public string Key { get; private set; } = "";
    /// <summary>The person told; none when the notification is for a unit's account (<see cref="RecipientUnitId"/>).</summary>
    public int? RecipientId { get; private set; }
    public int? RecipientUnitId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public int? TaskId { get; private set; }
    /// <summary>The citizen's question the notice is about, before it is a case (routed to you, an opinion asked of you).</summary>
    public int? QuestionId { get; init; }
    /// <summary>The complaint letter the notice is about (for a case's resolution limit: its first letter).</summary>
    public int? ComplaintLetterId { get; init; }
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>For deadline notices: the deadline or notice date the notification is about.</summary>
    public DateOnly? DueOn { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }
    /// <summary>When the e-mail copy was handed to the mail server (or skipped); null while it waits in the outbox.</summary>
    public DateTimeOffset? MailedAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    public void MarkMailed(DateTimeOffset at) => MailedAt ??= at;

    public static string Label(NotificationKind kind) => kind switch
    {
        NotificationKind.NewTask => "Nhiệm vụ mới",
        NotificationKind.TaskReturned => "Nhiệm vụ bị trả lại",
        NotificationKind.DraftAwaitingApproval => "Dự thảo chờ duyệt",
        NotificationKind.DraftSentBack => "Dự thảo bị trả lại",
        NotificationKind.ReportSubmitted => "Báo cáo chờ xác nhận",
        NotificationKind.ReportConfirmed => "Kết quả được xác nhận đạt",
        NotificationKind.ReportFailed => "Kết quả không đạt",
        NotificationKind.ExtensionRequested => "Đề nghị gia hạn",
        NotificationKind.ExtensionDecided => "Kết quả đề nghị gia hạn",
        NotificationKind.DeadlineApproaching => "Sắp đến hạn",
        NotificationKind.Overdue => "Quá hạn",
        NotificationKind.UrgingNotice => "Phiếu báo đôn đốc",
        NotificationKind.Escalation => "Báo cáo Chủ tịch UBND tỉnh",
        NotificationKind.ProposalSubmitted => "Đề xuất điều chỉnh nhiệm vụ",
        NotificationKind.ProposalAnswered => "Trả lời đề xuất điều chỉnh",
        NotificationKind.AnswerEntryDue => "Hạn cập nhật văn bản trả lời",
        NotificationKind.AnswerEntryOverdue => "Quá hạn cập nhật văn bản trả lời",
        NotificationKind.ReviewDue => "Hạn xem xét báo cáo",
        NotificationKind.ReviewOverdue => "Quá hạn xem xét báo cáo",
        NotificationKind.PeriodicUpdateDue => "Sắp đến hạn cập nhật định kỳ",
        NotificationKind.PeriodicUpdateMissed => "Chưa cập nhật tình hình kỳ trước",
        NotificationKind.PressDigestMissing => "Chưa đăng điểm tin báo chí",
        NotificationKind.QuestionsToScreen => "Câu hỏi chờ tiếp nhận",
        NotificationKind.QuestionsToRoute => "Câu hỏi chờ chuyển xử lý",
        NotificationKind.QuestionRouted => "Câu hỏi được giao theo dõi",
        NotificationKind.QuestionOpinionAsked => "Xin ý kiến về câu hỏi",
        NotificationKind.QuestionOpinionGiven => "Lãnh đạo đã cho ý kiến",
        NotificationKind.ComplaintDecisionDue => "Sắp đến hạn thụ lý đơn",
        NotificationKind.ComplaintDecisionOverdue => "Quá hạn thụ lý đơn",
        NotificationKind.ComplaintResolutionDue => "Sắp đến hạn giải quyết khiếu nại",
        NotificationKind.ComplaintResolutionOverdue => "Quá hạn giải quyết khiếu nại",
        _ => kind.ToString(),
    };
}
