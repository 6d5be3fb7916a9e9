using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Tasks;

public sealed record TaskFilter
{
    public TaskView View { get; init; } = TaskView.All;
    public int? UnitId { get; init; }
    public TaskStage? Stage { get; init; }
    public Timeliness? Timeliness { get; init; }
    public string? Text { get; init; }
    /// <summary>The provincial leader who tracks the task.</summary>
    public int? LeaderId { get; init; }
    /// <summary>The Office leader who tracks the task.</summary>
    public int? OfficeLeaderId { get; init; }
    /// <summary>The tasks of one registered directive document.</summary>
    public int? DocumentId { get; init; }
    /// <summary>One kind of case work (directive tasks, press-reported incidents, citizens' questions, …); none: every kind.</summary>
    public CaseKind? Kind { get; init; }
    /// <summary>Assigned on or after this Vietnam date.</summary>
    public DateOnly? AssignedFrom { get; init; }
    /// <summary>Assigned on or before this Vietnam date.</summary>
    public DateOnly? AssignedTo { get; init; }
}
