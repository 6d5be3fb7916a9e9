using Portal.Domain.Calendar;

namespace Portal.Tests.Domain;

public sealed class HolidayDefaultsTests
{
    [Fact]
    public void Defaults_for_2027_contain_the_statutory_holidays_from_the_lunar_calendar()
    {
        var days = HolidayDefaults.For(2027).Where(e => e.Kind == CalendarDayKind.Holiday).Select(e => e.Date).ToHashSet();

        Assert.Contains(new DateOnly(2027, 1, 1), days);
        Assert.Contains(new DateOnly(2027, 2, 5), days);   // 30 Tết, the day before lunar new year 06/02/2027
        Assert.Contains(new DateOnly(2027, 2, 6), days);
        Assert.Contains(new DateOnly(2027, 2, 9), days);
        Assert.Contains(new DateOnly(2027, 4, 16), days);  // Giỗ Tổ
        Assert.Contains(new DateOnly(2027, 4, 30), days);
        Assert.Contains(new DateOnly(2027, 5, 1), days);
        Assert.Contains(new DateOnly(2027, 9, 2), days);
    }

    [Fact]
    public void A_holiday_on_a_weekend_gives_the_next_working_day_off()
    {
        // 2027: 06/02 (Tết) is a Saturday, 07/02 a Sunday, 01/05 a Saturday.
        var days = HolidayDefaults.For(2027);

        Assert.Contains(days, e => e.Date == new DateOnly(2027, 5, 3) && e.Name.StartsWith("Nghỉ bù", StringComparison.Ordinal));
        Assert.Contains(days, e => e.Date == new DateOnly(2027, 2, 10) && e.Name.StartsWith("Nghỉ bù", StringComparison.Ordinal));
        Assert.Contains(days, e => e.Date == new DateOnly(2027, 2, 11) && e.Name.StartsWith("Nghỉ bù", StringComparison.Ordinal));
    }

    [Fact]
    public void The_national_day_takes_the_day_after_when_it_falls_on_a_Monday()
    {
        // 02/09/2030 is a Monday.
        var days = HolidayDefaults.For(2030).Select(e => e.Date).ToHashSet();

        Assert.Contains(new DateOnly(2030, 9, 3), days);
        Assert.DoesNotContain(new DateOnly(2030, 9, 1), days);
    }
}
