namespace Portal.Domain;

/// <summary>Legal time of the regulations: Asia/Ho_Chi_Minh (UTC+7, no daylight saving since 1975).</summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToVietnam(instant).DateTime);

    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(ToVietnam(instant).DateTime);

    public static DateOnly Today(this TimeProvider clock) => DateOf(clock.GetUtcNow());

    public static DateTimeOffset Now(this TimeProvider clock) => ToVietnam(clock.GetUtcNow());

    /// <summary>A date as the regulations and their messages write it: dd/MM/yyyy.</summary>
    public static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A moment in Vietnam time as messages write it: HH:mm dd/MM/yyyy.</summary>
    public static string ShowMoment(DateTimeOffset instant) =>
        ToVietnam(instant).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The instant a Vietnam wall-clock time denotes.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) =>
        new(day.ToDateTime(time), Zone.GetUtcOffset(day.ToDateTime(time)));

    private static TimeZoneInfo FindZone()
    {
        foreach (var id in new[] { "Asia/Ho_Chi_Minh", "SE Asia Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        }
        return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam");
    }
}
