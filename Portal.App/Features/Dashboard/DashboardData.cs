using Portal.Domain.Cases;

namespace Portal.App.Features.Dashboard;

/// <summary>The overview's figures; <see cref="Period"/> names the period they are for ("tháng 10/2026"), none = as things stand now.</summary>
public sealed record DashboardData(IReadOnlyDictionary<TaskProgress, int> ByStatus, IReadOnlyList<UnitRate> Units,
                                   IReadOnlyList<LeaderOverdue> Leaders, IReadOnlyList<MonthTrend> Trend, string? Period = null);
