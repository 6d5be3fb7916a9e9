using Portal.Domain.Cases;

namespace Portal.App.Features.Tasks;

/// <summary>The editable form of a report: content and the response document (name, number/symbol, summary, date, signer).</summary>
public sealed class ReportModel
{
    public string? Content { get; set; }
    public string? DocumentName { get; set; }
    public string? NumberAndSymbol { get; set; }
    public string? Summary { get; set; }
    public DateTime? DocumentDate { get; set; }
    public TimeSpan? DocumentTime { get; set; }
    public string? Signer { get; set; }
    public Guid? AttachmentId { get; set; }

    public static ReportModel From(ReportDraft? draft) => draft is null ? new() : new()
    {
        Content = draft.Content,
        DocumentName = draft.DocumentName,
        NumberAndSymbol = draft.NumberAndSymbol,
        Summary = draft.Summary,
        DocumentDate = draft.DocumentDate?.ToDateTime(TimeOnly.MinValue),
        DocumentTime = draft.DocumentTime?.ToTimeSpan(),
        Signer = draft.Signer,
        AttachmentId = draft.AttachmentId,
    };

    public ReportDraft ToDraft() => new(Content ?? "", DocumentName, NumberAndSymbol, Summary,
        DocumentDate is { } d ? DateOnly.FromDateTime(d) : null, Signer, AttachmentId,
        DocumentDate is not null && DocumentTime is { } t ? TimeOnly.FromTimeSpan(t) : null);
}
