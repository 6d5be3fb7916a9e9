using Portal.Domain;
using Portal.Domain.Reports;

namespace Portal.Tests.Domain;

public sealed class ReportPeriodTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Calendar_periods_run_on_calendar_months()
    {
        Assert.Equal((D(2026, 10, 1), D(2026, 10, 31)), Span(ReportPeriod.Create(PeriodKind.Month, 2026, 10)));
        Assert.Equal((D(2026, 2, 1), D(2026, 2, 28)), Span(ReportPeriod.Create(PeriodKind.Month, 2026, 2)));
        Assert.Equal((D(2026, 7, 1), D(2026, 9, 30)), Span(ReportPeriod.Create(PeriodKind.Quarter, 2026, 3)));
        Assert.Equal((D(2026, 1, 1), D(2026, 6, 30)), Span(ReportPeriod.Create(PeriodKind.FirstHalf, 2026)));
        Assert.Equal((D(2026, 7, 1), D(2026, 12, 31)), Span(ReportPeriod.Create(PeriodKind.SecondHalf, 2026)));
        Assert.Equal((D(2026, 1, 1), D(2026, 9, 30)), Span(ReportPeriod.Create(PeriodKind.NineMonths, 2026)));
        Assert.Equal((D(2026, 1, 1), D(2026, 12, 31)), Span(ReportPeriod.Create(PeriodKind.Year, 2026)));
    }

    [Fact]
    public void Statutory_periods_of_Decree_09_run_from_the_15th_to_the_14th()
    {
        Assert.Equal((D(2026, 9, 15), D(2026, 10, 14)), Span(ReportPeriod.Create(PeriodKind.Month, 2026, 10, statutory: true)));
        Assert.Equal((D(2025, 12, 15), D(2026, 1, 14)), Span(ReportPeriod.Create(PeriodKind.Month, 2026, 1, statutory: true)));
        Assert.Equal((D(2025, 12, 15), D(2026, 3, 14)), Span(ReportPeriod.Create(PeriodKind.Quarter, 2026, 1, statutory: true)));
        Assert.Equal((D(2025, 12, 15), D(2026, 6, 14)), Span(ReportPeriod.Create(PeriodKind.FirstHalf, 2026, statutory: true)));
        Assert.Equal((D(2026, 6, 15), D(2026, 12, 14)), Span(ReportPeriod.Create(PeriodKind.SecondHalf, 2026, statutory: true)));
        Assert.Equal((D(2025, 12, 15), D(2026, 9, 14)), Span(ReportPeriod.Create(PeriodKind.NineMonths, 2026, statutory: true)));
        Assert.Equal((D(2025, 12, 15), D(2026, 12, 14)), Span(ReportPeriod.Create(PeriodKind.Year, 2026, statutory: true)));
    }

    [Fact]
    public void The_default_is_last_month_and_file_codes_say_which_period()
    {
        var period = ReportPeriod.LastMonth(D(2026, 11, 26));

        Assert.Equal((D(2026, 10, 1), D(2026, 10, 31)), Span(period));
        Assert.Equal("2026-10", period.Code);
        Assert.Equal("tháng 10/2026", period.Label);
        Assert.Equal("20260915-20261014", ReportPeriod.Create(PeriodKind.Month, 2026, 10, statutory: true).Code);
    }

    [Fact]
    public void Invalid_periods_are_refused()
    {
        Assert.Throws<DomainException>(() => ReportPeriod.Custom(D(2026, 10, 31), D(2026, 10, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportPeriod.Create(PeriodKind.Month, 2026, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportPeriod.Create(PeriodKind.Quarter, 2026, 5));
    }

    private static (DateOnly, DateOnly) Span(ReportPeriod period) => (period.From, period.To);
}
