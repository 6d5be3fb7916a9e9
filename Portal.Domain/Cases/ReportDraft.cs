using Portal.Domain.Text;

namespace Portal.Domain.Cases;

/// <summary>The unit's report on a task: its content and the response document (Khánh Hòa Điều 8.2).</summary>
public sealed class ReportDraft
{
    public const int ContentMaxLength = 8000;
    public const int DocumentNameMaxLength = 200;
    public const int NumberAndSymbolMaxLength = 80;
    public const int SummaryMaxLength = 1000;
    public const int SignerMaxLength = 150;

    private ReportDraft() { }

    public ReportDraft(string content, string? documentName = null, string? numberAndSymbol = null, string? summary = null,
                       DateOnly? documentDate = null, string? signer = null, Guid? attachmentId = null, TimeOnly? documentTime = null)
    {
        Content = TextInput.Required(content, ContentMaxLength, "Nội dung báo cáo");
        DocumentName = TextInput.Optional(documentName, DocumentNameMaxLength, "Tên văn bản trả lời");
        NumberAndSymbol = TextInput.Optional(numberAndSymbol, NumberAndSymbolMaxLength, "Số, ký hiệu văn bản trả lời");
        Summary = TextInput.Optional(summary, SummaryMaxLength, "Trích yếu văn bản trả lời");
        DocumentDate = documentDate;
        Signer = TextInput.Optional(signer, SignerMaxLength, "Người ký");
        AttachmentId = attachmentId;
        if (documentTime is not null && documentDate is null) throw new DomainException("Giờ ban hành chỉ nhập cùng ngày ban hành văn bản trả lời.");
        DocumentTime = documentTime;
    }

    public string Content { get; private set; } = "";
    public string? DocumentName { get; private set; }
    public string? NumberAndSymbol { get; private set; }
    public string? Summary { get; private set; }
    public DateOnly? DocumentDate { get; private set; }
    public string? Signer { get; private set; }
    public Guid? AttachmentId { get; private set; }
    /// <summary>The hour the response document was issued, where the profile has a cut-off (Đồng Tháp 128 Điều 14.4: after 15:00, the next working day).</summary>
    public TimeOnly? DocumentTime { get; private set; }

    /// <summary>The same report as a value of its own (a report is owned by one task: a sub-unit's goes up as a copy).</summary>
    public ReportDraft Copy() => new(Content, DocumentName, NumberAndSymbol, Summary, DocumentDate, Signer, AttachmentId, DocumentTime);
}
