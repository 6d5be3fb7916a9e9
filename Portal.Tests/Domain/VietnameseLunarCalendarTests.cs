using Portal.Domain.Calendar;

namespace Portal.Tests.Domain;

public sealed class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(1985, 1985, 1, 21)]  // a month before China's 20/02/1985
    [InlineData(2007, 2007, 2, 17)]  // China: 18/02
    [InlineData(2024, 2024, 2, 10)]
    [InlineData(2025, 2025, 1, 29)]
    [InlineData(2026, 2026, 2, 17)]
    [InlineData(2027, 2027, 2, 6)]
    [InlineData(2028, 2028, 1, 26)]
    [InlineData(2030, 2030, 2, 2)]   // China: 03/02
    [InlineData(2053, 2053, 2, 18)]  // China: 19/02
    [InlineData(1968, 1968, 1, 29)]
    [InlineData(1969, 1969, 2, 16)]
    public void Tet_falls_on_the_Vietnamese_date(int lunarYear, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), VietnameseLunarCalendar.ToGregorian(lunarYear, 1, 1));
    }

    [Theory]
    [InlineData(2009, 2009, 4, 4)]   // China: 05/04
    [InlineData(2025, 2025, 4, 7)]
    [InlineData(2026, 2026, 4, 26)]
    [InlineData(2027, 2027, 4, 16)]
    [InlineData(2024, 2024, 4, 18)]
    public void Hung_Kings_day_is_the_tenth_of_the_third_lunar_month(int lunarYear, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), VietnameseLunarCalendar.ToGregorian(lunarYear, 3, 10));
    }

    [Fact]
    public void The_leap_sixth_month_of_2025_follows_the_ordinary_sixth_month()
    {
        var sixth = VietnameseLunarCalendar.ToGregorian(2025, 6, 1);
        var leapSixth = VietnameseLunarCalendar.ToGregorian(2025, 6, 1, leapMonth: true);
        var seventh = VietnameseLunarCalendar.ToGregorian(2025, 7, 1);

        Assert.Equal(new DateOnly(2025, 6, 25), sixth);
        Assert.Equal(new DateOnly(2025, 7, 25), leapSixth);
        Assert.Equal(new DateOnly(2025, 8, 23), seventh);
    }

    [Fact]
    public void Converting_back_gives_the_same_lunar_date()
    {
        Assert.Equal((2025, 3, 10, false), VietnameseLunarCalendar.FromGregorian(new DateOnly(2025, 4, 7)));
        Assert.Equal((2026, 1, 1, false), VietnameseLunarCalendar.FromGregorian(new DateOnly(2026, 2, 17)));
        Assert.Equal((2025, 6, 1, true), VietnameseLunarCalendar.FromGregorian(new DateOnly(2025, 7, 25)));
        Assert.Equal((2025, 12, 29, false), VietnameseLunarCalendar.FromGregorian(new DateOnly(2026, 2, 16)));  // 27 Chạp = 14/02, a 29-day month
    }

    [Fact]
    public void Days_and_months_that_do_not_exist_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToGregorian(2026, 13, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToGregorian(2026, 1, 31));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToGregorian(2026, 6, 1, leapMonth: true));
    }
}
