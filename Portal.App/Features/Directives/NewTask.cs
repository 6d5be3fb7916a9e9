using System.ComponentModel.DataAnnotations;
using Portal.App.Features.Notifications;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Files;
using Portal.Domain.Notifications;
using Portal.Domain.Security;

namespace Portal.App.Features.Directives;

public sealed class NewTask
{
    [Required(ErrorMessage = "Vui lòng nhập nội dung nhiệm vụ.")]
    [StringLength(CaseTask.ContentMaxLength, ErrorMessage = "Nội dung nhiệm vụ dài tối đa {1} ký tự.")]
    public string Content { get; set; } = "";

    public int? LeadUnitId { get; set; }
    public IReadOnlyCollection<int> CoordinatingUnitIds { get; set; } = [];
    public bool HasDeadline { get; set; } = true;
    public DateTime? Deadline { get; set; }
    public bool ReportRequired { get; set; } = true;
    /// <summary>For a task without a deadline: when it reports (hue-71 Điều 7.2c).</summary>
    public ReportingCycle ReportingCycle { get; set; } = ReportingCycle.WhenDone;
    public int? TrackingSpecialistId { get; set; }
    public int? TrackingLeaderId { get; set; }
    public int? TrackingOfficeLeaderId { get; set; }
    public int? TrackingDepartmentHeadId { get; set; }
    public int? SubmittingUnitId { get; set; }
    public int? CompilingUnitId { get; set; }
}
