using Portal.Domain.Calendar;

namespace Portal.Tests.Domain;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Official = OfficialSchedules.CalendarFor(2025, 2026);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2026, 11, 26, true)]   // Thursday
    [InlineData(2026, 11, 28, false)]  // Saturday
    [InlineData(2026, 11, 29, false)]  // Sunday
    [InlineData(2026, 1, 2, false)]    // Friday given off by the swap
    [InlineData(2026, 1, 10, true)]    // Saturday worked in exchange
    [InlineData(2026, 2, 16, false)]   // Tết Bính Ngọ
    [InlineData(2026, 2, 20, false)]
    [InlineData(2026, 2, 23, true)]    // first working day after Tết
    [InlineData(2026, 4, 27, false)]   // nghỉ bù for Giỗ Tổ on Sunday 26/04
    [InlineData(2026, 8, 22, true)]    // Saturday worked for Monday 31/08
    [InlineData(2026, 8, 31, false)]
    [InlineData(2026, 9, 2, false)]
    [InlineData(2025, 4, 26, true)]    // Saturday worked for Friday 02/05/2025
    [InlineData(2025, 5, 2, false)]
    [InlineData(2025, 9, 1, false)]
    public void Knows_the_official_days_off_and_days_worked(int y, int m, int d, bool working)
    {
        Assert.Equal(working, Official.IsWorkingDay(D(y, m, d)));
    }

    [Fact]
    public void Adding_working_days_counts_strictly_after_the_start_and_skips_weekends()
    {
        Assert.Equal(D(2026, 11, 27), Official.AddWorkingDays(D(2026, 11, 26), 1));
        Assert.Equal(D(2026, 11, 30), Official.AddWorkingDays(D(2026, 11, 27), 1));
        Assert.Equal(D(2026, 12, 2), Official.AddWorkingDays(D(2026, 11, 27), 3));
    }

    [Fact]
    public void Adding_zero_days_keeps_a_working_day_and_moves_a_day_off_to_the_next_working_day()
    {
        Assert.Equal(D(2026, 11, 26), Official.AddWorkingDays(D(2026, 11, 26), 0));
        Assert.Equal(D(2026, 11, 30), Official.AddWorkingDays(D(2026, 11, 28), 0));
        Assert.Equal(D(2026, 2, 23), Official.AddWorkingDays(D(2026, 2, 14), 0));
    }

    [Fact]
    public void Adding_working_days_skips_the_Tet_break_and_uses_the_Saturday_worked()
    {
        Assert.Equal(D(2026, 2, 23), Official.AddWorkingDays(D(2026, 2, 13), 1));
        Assert.Equal(D(2026, 1, 10), Official.AddWorkingDays(D(2026, 1, 9), 1));
        Assert.Equal(D(2026, 1, 5), Official.AddWorkingDays(D(2025, 12, 31), 1));
    }

    [Fact]
    public void Negative_day_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(D(2026, 11, 26), -1));
    }

    [Fact]
    public void Counting_working_days_excludes_the_start_and_includes_the_end()
    {
        Assert.Equal(1, Official.CountWorkingDays(D(2026, 11, 26), D(2026, 11, 27)));
        Assert.Equal(2, Official.CountWorkingDays(D(2026, 11, 26), D(2026, 11, 30)));
        Assert.Equal(0, Official.CountWorkingDays(D(2026, 11, 27), D(2026, 11, 27)));
        Assert.Equal(0, Official.CountWorkingDays(D(2026, 11, 30), D(2026, 11, 27)));
        Assert.Equal(1, Official.CountWorkingDays(D(2026, 2, 13), D(2026, 2, 23)));
    }

    [Theory]
    [InlineData(2026, 11, 2, 10, 2026, 11, 12)]   // ends on a Thursday: unchanged
    [InlineData(2026, 11, 4, 10, 2026, 11, 16)]   // ends on Saturday 14/11: moves to Monday
    [InlineData(2026, 2, 5, 10, 2026, 2, 23)]     // ends on 15/02 inside the Tết break
    public void A_calendar_day_period_ending_on_a_day_off_ends_on_the_next_working_day(int y, int m, int d, int days, int ey, int em, int ed)
    {
        Assert.Equal(D(ey, em, ed), Official.EndOfCalendarPeriod(D(y, m, d), days));
    }

    [Fact]
    public void An_extra_working_day_wins_over_a_holiday_on_the_same_date()
    {
        var calendar = new WorkingCalendar([D(2026, 1, 10)], [D(2026, 1, 10)]);

        Assert.True(calendar.IsWorkingDay(D(2026, 1, 10)));
    }
}
