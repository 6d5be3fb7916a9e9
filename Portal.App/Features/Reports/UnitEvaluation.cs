using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

public sealed record UnitEvaluation(int UnitId, string Unit, int Received, int CompletedOnTime, int CompletedLate, int InProgressOverdue,
                                    int NotStartedOverdue, int Extensions, double Score, int LateUpdates = 0)
{
    /// <summary>Every overdue result recorded against the unit (SPEC §4): completed late or still overdue at year end.</summary>
    public int Overdue => CompletedLate + InProgressOverdue + NotStartedOverdue;
}
