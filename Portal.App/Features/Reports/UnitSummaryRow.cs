using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

public sealed record UnitSummaryRow(int UnitId, string UnitName, int NotStartedOnTime, int NotStartedOverdue, int InProgressOnTime,
                                    int InProgressOverdue, int CompletedOnTime, int CompletedOverdue)
{
    public int Total => NotStartedOnTime + NotStartedOverdue + InProgressOnTime + InProgressOverdue + CompletedOnTime + CompletedOverdue;

    public static UnitSummaryRow Sum(string name, IEnumerable<UnitSummaryRow> rows)
    {
        var list = rows.ToList();
        return new(0, name, list.Sum(r => r.NotStartedOnTime), list.Sum(r => r.NotStartedOverdue), list.Sum(r => r.InProgressOnTime),
                   list.Sum(r => r.InProgressOverdue), list.Sum(r => r.CompletedOnTime), list.Sum(r => r.CompletedOverdue));
    }
}
