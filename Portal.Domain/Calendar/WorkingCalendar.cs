namespace Portal.Domain.Calendar;

/// <summary>
/// Civil servants' working days: Monday to Friday, less public holidays and announced days off,
/// plus the weekend days declared working by a day swap.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _extraWorkingDays;

    public WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> extraWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(extraWorkingDays);
        _holidays = [.. holidays];
        _extraWorkingDays = [.. extraWorkingDays];
    }

    public static WorkingCalendar WeekdaysOnly { get; } = new([], []);

    public IReadOnlyCollection<DateOnly> Holidays => _holidays;

    public IReadOnlyCollection<DateOnly> ExtraWorkingDays => _extraWorkingDays;

    public bool IsWorkingDay(DateOnly day)
    {
        if (_extraWorkingDays.Contains(day)) return true;
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);
    }

    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        if (days == 0)
        {
            while (!IsWorkingDay(day)) day = day.AddDays(1);
            return day;
        }
        var remaining = days;
        while (remaining > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) remaining--;
        }
        return day;
    }

    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var day = fromExclusive.AddDays(1); day <= toInclusive; day = day.AddDays(1))
        {
            if (IsWorkingDay(day)) count++;
        }
        return count;
    }

    /// <summary>
    /// The end of a period counted in calendar days: when its last day is a day off, the period ends
    /// on the next working day (Civil Code 2015, Art. 148).
    /// </summary>
    public DateOnly EndOfCalendarPeriod(DateOnly start, int calendarDays) =>
        AddWorkingDays(start.AddDays(calendarDays), 0);
}
