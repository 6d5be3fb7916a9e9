using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Reports;

namespace Portal.App.Features.Reports;

/// <summary>Phụ lục IV's content; <see cref="AsOf"/> is the day it is judged at (the period's last day, or today while it runs).</summary>
public sealed record UnitReport(ReportPeriod Period, int UnitId, string UnitName, IReadOnlyList<UnitReportLine> Lines, IReadOnlyList<string> Proposals,
                                ReportScope Scope = ReportScope.WithCarriedOver, DateOnly? AsOf = null)
{
    public DateOnly AsOfDate => AsOf ?? Period.To;

    /// <summary>The work reported: the unit's directive tasks (the official Phụ lục IV), its complaint resolution tasks, or both.</summary>
    public ReportWork Work { get; init; }

    /// <summary>The subtitle: the period, the scope and, unless it is the directive work, the work reported.</summary>
    public string Subtitle => $"(Kỳ báo cáo: {Period.Label}; {ReportScopes.Label(Scope)}"
                              + (Work == ReportWork.Directive ? ")" : $"; {ReportWorks.Label(Work)})");

    public int NotStartedNotDue => Lines.Count(l => l.Progress.Stage == TaskStage.NotStarted && l.Progress.Timeliness != Timeliness.Overdue);
    public int NotStartedOverdue => Lines.Count(l => l.Progress.Stage == TaskStage.NotStarted && l.Progress.Timeliness == Timeliness.Overdue);
    public int NotStarted => NotStartedNotDue + NotStartedOverdue;
    public int InProgress => Lines.Count(l => l.Progress.Stage is TaskStage.InProgress or TaskStage.AwaitingConfirmation);
    public int Completed => Lines.Count(l => l.Progress.Stage == TaskStage.Completed);

    /// <summary>The three groups of the detailed list, in the template's order.</summary>
    public IEnumerable<(string Title, IReadOnlyList<UnitReportLine> Lines)> Groups =>
    [
        ("Chưa thực hiện", [.. Lines.Where(l => l.Progress.Stage == TaskStage.NotStarted)]),
        ("Đang thực hiện", [.. Lines.Where(l => l.Progress.Stage is TaskStage.InProgress or TaskStage.AwaitingConfirmation)]),
        ("Đã hoàn thành", [.. Lines.Where(l => l.Progress.Stage == TaskStage.Completed)]),
    ];
}
