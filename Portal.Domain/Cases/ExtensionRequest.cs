using Portal.Domain.Text;

namespace Portal.Domain.Cases;

/// <summary>A request to move the deadline; effective only once the assigner approves it (Đồng Tháp Điều 5.2d).</summary>
public sealed class ExtensionRequest
{
    public const int ReasonMaxLength = 2000;

    private ExtensionRequest() { }

    public ExtensionRequest(int requestedById, DateTimeOffset requestedAt, DateOnly currentDeadline, DateOnly requestedDeadline,
                            string reason, Guid? documentId)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Phải nêu lý do đề nghị gia hạn.");
        reason = TextInput.Required(reason, ReasonMaxLength, "Lý do đề nghị gia hạn");
        if (requestedDeadline <= currentDeadline) throw new DomainException("Hạn đề nghị phải sau hạn hiện tại.");
        RequestedById = requestedById;
        RequestedAt = requestedAt;
        CurrentDeadline = currentDeadline;
        RequestedDeadline = requestedDeadline;
        Reason = reason;
        DocumentId = documentId;
    }

    public int Id { get; private set; }
    public int TaskId { get; private set; }
    public int RequestedById { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateOnly CurrentDeadline { get; private set; }
    public DateOnly RequestedDeadline { get; private set; }
    public string Reason { get; private set; } = "";
    public Guid? DocumentId { get; private set; }
    public ExtensionStatus Status { get; private set; }
    public int? DecidedById { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }
    /// <summary>The deadline granted: the one asked for, or an earlier one the assigner chose (Đồng Tháp 128 Điều 5.2d).</summary>
    public DateOnly? GrantedDeadline { get; private set; }
    /// <summary>The assigner's document that approves the extension ("văn bản chấp thuận", Đồng Tháp 128 Điều 5.2d).</summary>
    public Guid? DecisionDocumentId { get; private set; }

    internal void Decide(int deciderId, DateTimeOffset at, bool approve, string? note, DateOnly? grantedDeadline = null,
                         Guid? decisionDocumentId = null, bool documentRequired = false)
    {
        if (Status != ExtensionStatus.Pending) throw new DomainException("Đề nghị gia hạn này đã được xử lý.");
        if (!approve && string.IsNullOrWhiteSpace(note)) throw new DomainException("Phải nêu lý do khi không chấp thuận gia hạn.");
        note = TextInput.Optional(note, ReasonMaxLength, "Ý kiến về đề nghị gia hạn");
        if (approve)
        {
            var granted = grantedDeadline ?? RequestedDeadline;
            if (granted <= CurrentDeadline || granted > RequestedDeadline)
                throw new DomainException("Hạn được gia hạn phải sau hạn hiện tại và không muộn hơn hạn đơn vị đề nghị.");
            if (documentRequired && decisionDocumentId is null)
                throw new DomainException("Theo quy định của tỉnh, việc chấp thuận gia hạn phải kèm văn bản chấp thuận.");
            GrantedDeadline = granted;
            DecisionDocumentId = decisionDocumentId;
        }
        Status = approve ? ExtensionStatus.Approved : ExtensionStatus.Refused;
        DecidedById = deciderId;
        DecidedAt = at;
        DecisionNote = note;
    }
}
