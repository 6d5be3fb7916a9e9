using System.Globalization;

namespace Portal.App.Infrastructure;

/// <summary>Dates as Vietnamese users write them: dd/MM/yyyy, Vietnam time.</summary>
public static class VietnameseDates
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static string Format(DateOnly? date) => date is { } d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "Không thời hạn";

    public static string Format(DateTimeOffset? instant) =>
        instant is { } i ? Domain.VietnamTime.ToVietnam(i).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "";

    public static string LongDate(DateOnly date)
    {
        var weekday = date.DayOfWeek switch
        {
            DayOfWeek.Monday => "Thứ Hai",
            DayOfWeek.Tuesday => "Thứ Ba",
            DayOfWeek.Wednesday => "Thứ Tư",
            DayOfWeek.Thursday => "Thứ Năm",
            DayOfWeek.Friday => "Thứ Sáu",
            DayOfWeek.Saturday => "Thứ Bảy",
            _ => "Chủ Nhật",
        };
        return $"{weekday}, ngày {Format(date)}";
    }
}
