using System.ComponentModel.DataAnnotations;
using Portal.App.Features.Notifications;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Notifications;
using Portal.Domain.Security;

namespace Portal.App.Features.Directives;

/// <summary>The form model of a directive document with its tasks, as the Office specialist enters it.</summary>
public sealed class NewDocument
{
    public DocumentType Type { get; set; } = DocumentType.CongVan;

    [StringLength(DirectiveDocument.NumberMaxLength, ErrorMessage = "Số văn bản dài tối đa {1} ký tự.")]
    public string? Number { get; set; }

    [StringLength(DirectiveDocument.SymbolMaxLength, ErrorMessage = "Ký hiệu dài tối đa {1} ký tự.")]
    public string? Symbol { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập trích yếu.")]
    [StringLength(DirectiveDocument.SummaryMaxLength, ErrorMessage = "Trích yếu dài tối đa {1} ký tự.")]
    public string Summary { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng chọn ngày ban hành.")]
    public DateTime? IssueDate { get; set; }

    public TimeSpan? IssueTime { get; set; }

    public int IssuerUnitId { get; set; }

    [StringLength(100)]
    public string? SignerName { get; set; }

    public SigningAuthority SigningAuthority { get; set; } = SigningAuthority.TM;
    public int? DirectingLeaderId { get; set; }
    public int? DraftingUnitId { get; set; }
    public int? DrafterId { get; set; }
    /// <summary>The tracking specialist of the document's tasks, unless a task names its own; empty: the Office's map, then the registrar.</summary>
    public int? TrackingSpecialistId { get; set; }
    public DocumentUrgency Urgency { get; set; }
    public DocumentField Field { get; set; }
    public SecrecyLevel Secrecy { get; set; }
    public Guid? SignedFileId { get; set; }
    public List<NewTask> Tasks { get; set; } = [new()];
}
