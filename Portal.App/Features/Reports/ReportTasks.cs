using System.Linq.Expressions;
using Portal.Domain.Cases;
using Portal.Domain.Reports;

namespace Portal.App.Features.Reports;

/// <summary>The tasks a report of a period holds, by its scope.</summary>
internal static class ReportTasks
{
    /// <summary>
    /// The tasks of the scope for the period [start, end). "Unfinished when it began" is "not completed before its start"
    /// (a completion is final). Written as an OR of index ranges (AssignedAt; CompletedAt, null or not), so each database
    /// reads the period's tasks and the open work before it, not the whole register.
    /// </summary>
    public static IQueryable<CaseTask> InScope(this IQueryable<CaseTask> tasks, ReportScope scope, DateTimeOffset start, DateTimeOffset end) =>
        tasks.Where(Predicate(scope, start, end));

    private static Expression<Func<CaseTask, bool>> Predicate(ReportScope scope, DateTimeOffset start, DateTimeOffset end) => scope switch
    {
        ReportScope.RegisteredInPeriod => t => t.AssignedAt >= start && t.AssignedAt < end,
        ReportScope.UpToDate => t => t.AssignedAt < end,
        _ => t => (t.AssignedAt >= start && t.AssignedAt < end)
                  || (t.AssignedAt < start && t.CompletedAt == null)
                  || (t.AssignedAt < start && t.CompletedAt >= start),
    };
}
