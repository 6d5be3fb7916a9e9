namespace Portal.Domain.Calendar;

/// <summary>
/// The schedules actually announced for civil servants (DOMAIN_FACTS §1.2): holidays, the weekdays given
/// off by a day swap and the Saturdays worked in exchange. Weekend days inside a break are off anyway.
/// </summary>
public static class OfficialSchedules
{
    public static IReadOnlyList<CalendarDayEntry> Year2025 { get; } =
    [
        Off(2025, 1, 1, "Tết Dương lịch"),
        Off(2025, 1, 27, "Tết Nguyên đán"), Off(2025, 1, 28, "Tết Nguyên đán"), Off(2025, 1, 29, "Tết Nguyên đán"),
        Off(2025, 1, 30, "Tết Nguyên đán"), Off(2025, 1, 31, "Tết Nguyên đán"),
        Off(2025, 4, 7, "Giỗ Tổ Hùng Vương"),
        Off(2025, 4, 30, "Ngày Chiến thắng"), Off(2025, 5, 1, "Quốc tế Lao động"),
        Off(2025, 5, 2, "Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)"),
        Work(2025, 4, 26, "Làm bù cho ngày 02/05/2025"),
        Off(2025, 9, 1, "Quốc khánh"), Off(2025, 9, 2, "Quốc khánh"),
    ];

    public static IReadOnlyList<CalendarDayEntry> Year2026 { get; } =
    [
        Off(2026, 1, 1, "Tết Dương lịch"),
        Off(2026, 1, 2, "Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)"),
        Work(2026, 1, 10, "Làm bù cho ngày 02/01/2026"),
        Off(2026, 2, 16, "Tết Nguyên đán"), Off(2026, 2, 17, "Tết Nguyên đán"), Off(2026, 2, 18, "Tết Nguyên đán"),
        Off(2026, 2, 19, "Tết Nguyên đán"), Off(2026, 2, 20, "Tết Nguyên đán"),
        Off(2026, 4, 26, "Giỗ Tổ Hùng Vương"), Off(2026, 4, 27, "Nghỉ bù Giỗ Tổ Hùng Vương"),
        Off(2026, 4, 30, "Ngày Chiến thắng"), Off(2026, 5, 1, "Quốc tế Lao động"),
        Off(2026, 8, 31, "Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)"),
        Work(2026, 8, 22, "Làm bù cho ngày 31/08/2026"),
        Off(2026, 9, 1, "Quốc khánh"), Off(2026, 9, 2, "Quốc khánh"),
    ];

    /// <summary>The official schedule where one is known, else the statutory defaults.</summary>
    public static IReadOnlyList<CalendarDayEntry> For(int year) => year switch
    {
        2025 => Year2025,
        2026 => Year2026,
        _ => HolidayDefaults.For(year),
    };

    public static WorkingCalendar CalendarFor(params int[] years)
    {
        var entries = years.SelectMany(For).ToList();
        return new WorkingCalendar(
            entries.Where(e => e.Kind == CalendarDayKind.Holiday).Select(e => e.Date),
            entries.Where(e => e.Kind == CalendarDayKind.ExtraWorkingDay).Select(e => e.Date));
    }

    private static CalendarDayEntry Off(int y, int m, int d, string name) => new(new DateOnly(y, m, d), CalendarDayKind.Holiday, name);

    private static CalendarDayEntry Work(int y, int m, int d, string name) => new(new DateOnly(y, m, d), CalendarDayKind.ExtraWorkingDay, name);
}
