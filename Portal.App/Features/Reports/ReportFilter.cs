using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

/// <summary>A report's filters, its scope (by default the period's tasks and the work carried over into it) and the work it
/// counts (by default the directive tasks; a document's field filters directive tasks only).</summary>
public sealed record ReportFilter(int? UnitId = null, int? LeaderId = null, Portal.Domain.Directives.DocumentField? Field = null,
                                  ReportScope Scope = ReportScope.WithCarriedOver, ReportWork Work = ReportWork.Directive);

public static class ReportWorkQueries
{
    /// <summary>The top-level tasks of the work a report counts (equality for one kind, so the kind-first indexes serve it).</summary>
    public static IQueryable<CaseTask> OfWork(this IQueryable<CaseTask> tasks, ReportWork work) => work switch
    {
        ReportWork.ComplaintResolution => tasks.Where(t => t.Kind == CaseKind.ComplaintResolution && t.ParentTaskId == null),
        ReportWork.All => tasks.Where(t => (t.Kind == CaseKind.Directive || t.Kind == CaseKind.ComplaintResolution) && t.ParentTaskId == null),
        _ => tasks.Where(t => t.Kind == CaseKind.Directive && t.ParentTaskId == null),
    };
}
