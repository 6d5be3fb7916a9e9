using System.Globalization;

namespace Portal.Domain.Reports;

/// <summary>
/// A reporting period, inclusive. Calendar periods run on calendar months; statutory periods follow Decree 09/2019
/// Art. 12: a month runs from the 15th of the previous month to the 14th, a quarter from the 15th of the month before
/// it to the 14th of its last month, 6 months from 15/12 of the previous year to 14/06, the second 6 months from 15/06
/// to 14/12, 9 months to 14/09, a year from 15/12 of the previous year to 14/12.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To, string Label)
{
    public static ReportPeriod Create(PeriodKind kind, int year, int number = 1, bool statutory = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        var (firstMonth, lastMonth, label) = kind switch
        {
            PeriodKind.Month when number is >= 1 and <= 12 => (number, number, $"tháng {number:00}/{year}"),
            PeriodKind.Quarter when number is >= 1 and <= 4 => (number * 3 - 2, number * 3, $"quý {Roman(number)} năm {year}"),
            PeriodKind.FirstHalf => (1, 6, $"6 tháng đầu năm {year}"),
            PeriodKind.SecondHalf => (7, 12, $"6 tháng cuối năm {year}"),
            PeriodKind.NineMonths => (1, 9, $"9 tháng năm {year}"),
            PeriodKind.Year => (1, 12, $"năm {year}"),
            PeriodKind.Custom => throw new ArgumentException("Use Custom(from, to) for a custom period.", nameof(kind)),
            _ => throw new ArgumentOutOfRangeException(nameof(number), "Tháng phải từ 1 đến 12, quý từ 1 đến 4."),
        };
        if (!statutory)
            return new(new DateOnly(year, firstMonth, 1), new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)), label);
        var from = new DateOnly(year, firstMonth, 15).AddMonths(-1);
        var to = new DateOnly(year, lastMonth, 14);
        return new(from, to, $"{label} (kỳ báo cáo từ {Show(from)} đến {Show(to)})");
    }

    public static ReportPeriod Custom(DateOnly from, DateOnly to)
    {
        if (to < from) throw new DomainException("Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.");
        return new(from, to, $"từ ngày {Show(from)} đến ngày {Show(to)}");
    }

    /// <summary>The month before the one containing <paramref name="today"/>: the default of the reports page.</summary>
    public static ReportPeriod LastMonth(DateOnly today)
    {
        var previous = today.AddMonths(-1);
        return Create(PeriodKind.Month, previous.Year, previous.Month);
    }

    /// <summary>The end of the period: the first instant after its last day, in Vietnam time.</summary>
    public DateTimeOffset EndInstant => VietnamTime.At(To.AddDays(1), TimeOnly.MinValue);

    public DateTimeOffset StartInstant => VietnamTime.At(From, TimeOnly.MinValue);

    /// <summary>A short code for file names: 2026-10, 2026-Q3, 2026-H1, 2026-9T, 2026, or 20261001-20261031.</summary>
    public string Code => Label.StartsWith("tháng ", StringComparison.Ordinal) && From.Day == 1
        ? $"{From:yyyy-MM}"
        : $"{From.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{To.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

    private static string Show(DateOnly date) => VietnamTime.Show(date);

    private static string Roman(int number) => number switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
