namespace Portal.Domain.Calendar;

/// <summary>
/// The statutory holidays of Labour Code 2019 Art. 112 for a year, as defaults an administrator
/// then adjusts to the Prime Minister's yearly decision (Tết days, the day next to 2/9, day swaps).
/// A holiday on a weekend gives the next working day off (nghỉ bù, Art. 111).
/// </summary>
public static class HolidayDefaults
{
    public static IReadOnlyList<CalendarDayEntry> For(int year)
    {
        var holidays = new List<CalendarDayEntry>
        {
            new(new DateOnly(year, 1, 1), CalendarDayKind.Holiday, "Tết Dương lịch"),
        };

        // Tết Nguyên đán: the last day of the old lunar year and the first four days of the new one.
        var tet = VietnameseLunarCalendar.ToGregorian(year, 1, 1);
        holidays.Add(new(tet.AddDays(-1), CalendarDayKind.Holiday, "Tết Nguyên đán"));
        for (var i = 0; i < 4; i++) holidays.Add(new(tet.AddDays(i), CalendarDayKind.Holiday, "Tết Nguyên đán"));

        holidays.Add(new(VietnameseLunarCalendar.ToGregorian(year, 3, 10), CalendarDayKind.Holiday, "Giỗ Tổ Hùng Vương"));
        holidays.Add(new(new DateOnly(year, 4, 30), CalendarDayKind.Holiday, "Ngày Chiến thắng"));
        holidays.Add(new(new DateOnly(year, 5, 1), CalendarDayKind.Holiday, "Quốc tế Lao động"));

        var nationalDay = new DateOnly(year, 9, 2);
        var adjacent = nationalDay.DayOfWeek == DayOfWeek.Monday ? nationalDay.AddDays(1) : nationalDay.AddDays(-1);
        holidays.Add(new(nationalDay, CalendarDayKind.Holiday, "Quốc khánh"));
        holidays.Add(new(adjacent, CalendarDayKind.Holiday, "Quốc khánh"));

        return WithCompensatoryDays(holidays);
    }

    /// <summary>Adds, for every holiday on a Saturday or Sunday, the next weekday that is not already off.</summary>
    public static IReadOnlyList<CalendarDayEntry> WithCompensatoryDays(IEnumerable<CalendarDayEntry> entries)
    {
        var result = entries.OrderBy(e => e.Date).ToList();
        var off = result.Where(e => e.Kind == CalendarDayKind.Holiday).Select(e => e.Date).ToHashSet();
        foreach (var holiday in result.Where(e => e.Kind == CalendarDayKind.Holiday && IsWeekend(e.Date)).ToList())
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || off.Contains(day)) day = day.AddDays(1);
            off.Add(day);
            result.Add(new(day, CalendarDayKind.Holiday, $"Nghỉ bù {holiday.Name}"));
        }
        return [.. result.OrderBy(e => e.Date)];
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
