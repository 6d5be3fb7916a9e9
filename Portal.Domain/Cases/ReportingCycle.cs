using Portal.Domain.Calendar;

namespace Portal.Domain.Cases;

/// <summary>
/// How a task without a deadline reports (hue-71 Điều 4.2, 7.2c; khanhhoa-1986 Điều 10.2): when it has a result, or also
/// every quarter, half-year or year — chosen per task.
/// </summary>
public enum ReportingCycle
{
    WhenDone,
    Quarterly,
    HalfYearly,
    Yearly,
}

public static class ReportingCycles
{
    public static string Label(ReportingCycle cycle) => cycle switch
    {
        ReportingCycle.Quarterly => "Hằng quý",
        ReportingCycle.HalfYearly => "6 tháng một lần",
        ReportingCycle.Yearly => "Hằng năm",
        _ => "Khi có kết quả",
    };

    /// <summary>The first day of the cycle's period that holds <paramref name="day"/> (none for <see cref="ReportingCycle.WhenDone"/>).</summary>
    public static DateOnly? PeriodStart(ReportingCycle cycle, DateOnly day) => cycle switch
    {
        ReportingCycle.Quarterly => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
        ReportingCycle.HalfYearly => new DateOnly(day.Year, day.Month <= 6 ? 1 : 7, 1),
        ReportingCycle.Yearly => new DateOnly(day.Year, 1, 1),
        _ => null,
    };

    /// <summary>The last day of that period: the update for it is due by then.</summary>
    public static DateOnly? PeriodEnd(ReportingCycle cycle, DateOnly day) => PeriodStart(cycle, day) is { } start
        ? start.AddMonths(cycle switch { ReportingCycle.Quarterly => 3, ReportingCycle.HalfYearly => 6, _ => 12 }).AddDays(-1)
        : null;

    /// <summary>
    /// Whether a task assigned on <paramref name="assignedOn"/> owes the update of the period ending <paramref name="periodEnd"/>:
    /// like any deadline (Đồng Tháp 128 Điều 4.2), it had at least one working day for it.
    /// </summary>
    public static bool Owes(DateOnly assignedOn, DateOnly periodEnd, WorkingCalendar calendar) =>
        calendar.AddWorkingDays(assignedOn, 1) <= periodEnd;

    /// <summary>
    /// The periods of the cycle that ended before <paramref name="judgedOn"/> and whose update never came (hue-71 Điều 7.2c):
    /// from the task's assignment, while it was unfinished (until <paramref name="completedOn"/>), with no update
    /// (<paramref name="updates"/>: progress updates and submitted reports) on any day of the period. Their last days, in order.
    /// </summary>
    public static IReadOnlyList<DateOnly> MissedPeriodEnds(ReportingCycle cycle, DateOnly assignedOn, DateOnly? completedOn, DateOnly judgedOn,
                                                          IReadOnlyCollection<DateOnly> updates, WorkingCalendar calendar)
    {
        var missed = new List<DateOnly>();
        if (PeriodStart(cycle, assignedOn) is not { } start) return missed;
        while (PeriodEnd(cycle, start) is { } end && end < judgedOn && (completedOn is not { } done || start <= done))
        {
            var updated = updates.Any(d => d >= start && d <= end);
            if (!updated && Owes(assignedOn, end, calendar) && (completedOn is not { } closed || closed > end)) missed.Add(end);
            start = end.AddDays(1);
        }
        return missed;
    }
}
