using Portal.App.Features.Reports;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Security;

namespace Portal.App.Features.Dashboard;

public sealed record UnitRate(int UnitId, string Unit, int Total, int CompletedOnTime, int CompletedLate, int OpenOverdue)
{
    /// <summary>Completed on time among the tasks whose timeliness is settled: completed (on time or late) and still open past
    /// their deadline — open overdue work counts against the rate, not only late results.</summary>
    public double? OnTimeRate => CompletedOnTime + CompletedLate + OpenOverdue == 0 ? null
        : (double)CompletedOnTime / (CompletedOnTime + CompletedLate + OpenOverdue);
}
