using Portal.App.Features.Reports;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;

namespace Portal.App.Features.Dashboard;

public sealed record DashboardData(IReadOnlyDictionary<TaskProgress, int> ByStatus, IReadOnlyList<UnitRate> Units,
                                   IReadOnlyList<LeaderOverdue> Leaders, IReadOnlyList<MonthTrend> Trend);
