using Portal.Domain.Cases;

namespace Portal.App.Features.Dashboard;

/// <summary>The overview's figures; <see cref="Period"/> names the period they are for ("tháng 10/2026"), none = as things stand now.</summary>
public sealed record DashboardData(IReadOnlyDictionary<TaskProgress, int> ByStatus, IReadOnlyList<UnitRate> Units,
                                   IReadOnlyList<LeaderOverdue> Leaders, IReadOnlyList<MonthTrend> Trend, string? Period = null)
{
    /// <summary>The figures of each kind of case work, counted separately.</summary>
    public IReadOnlyList<KindFigures> Kinds { get; init; } = [];
}

/// <summary>One kind's figures on the overview: its cases, completed, still open and, of those, past their deadline.</summary>
public sealed record KindFigures(CaseKind Kind, string Label, int Total, int Completed, int Open, int OpenOverdue);
