using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Reports;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Programme;
using Portal.Domain.Reports;

namespace Portal.App.Features.Programme;

public sealed record ProgrammeReport(ReportPeriod Period, IReadOnlyList<ProgrammeRow> Rows)
{
    public ProgrammeRow Totals => new(0, "Tổng cộng", Rows.Sum(r => r.Registered), Rows.Sum(r => r.Added), Rows.Sum(r => r.MovedOrWithdrawn),
                                      Rows.Sum(r => r.Submitted), Rows.Sum(r => r.Issued));
}
