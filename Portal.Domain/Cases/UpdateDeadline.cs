using Portal.Domain.Calendar;

namespace Portal.Domain.Cases;

/// <summary>
/// How soon something issued or received must be entered in the system: within N working days of the day it was issued,
/// and — where the profile has a cut-off — counted from the next working day when it came after that hour.
/// The unit's answer (khanhhoa-1986 Điều 10.2: 1 working day; hue-71 Điều 7.2c: 3; dongthap-128 Điều 14.4: the same day,
/// the next working day after 15:00), the Office's review of a report (dongthap-128 Điều 4.5c: the same working day, the
/// next after 15:00), and the Office's entry of a directive document (<see cref="Directives.EntryRuleProfile"/>) are all this rule.
/// </summary>
public sealed record UpdateDeadline(int WorkingDays, TimeOnly? CutOff)
{
    public const int MaxWorkingDays = 10;

    public static UpdateDeadline Hue { get; } = new(3, null);
    public static UpdateDeadline KhanhHoa { get; } = new(1, null);
    public static UpdateDeadline DongThap { get; } = new(0, new TimeOnly(15, 0));
    /// <summary>The Office's review of a submitted report (dongthap-128 Điều 4.5c).</summary>
    public static UpdateDeadline OfficeReview { get; } = new(0, new TimeOnly(15, 0));

    /// <summary>
    /// The last day for an entry of something issued on <paramref name="day"/> at <paramref name="time"/> (unknown: before
    /// any cut-off). A day off counts like a time after the cut-off: the count starts on the next working day.
    /// </summary>
    public DateOnly DueOn(DateOnly day, TimeOnly? time, WorkingCalendar calendar)
    {
        if (CutOff is { } cutOff && (time > cutOff || !calendar.IsWorkingDay(day))) day = calendar.AddWorkingDays(day, 1);
        return calendar.AddWorkingDays(day, WorkingDays);
    }

    /// <summary>The due day of something that came at <paramref name="at"/> (Vietnam time).</summary>
    public DateOnly DueOn(DateTimeOffset at, WorkingCalendar calendar)
    {
        var local = VietnamTime.ToVietnam(at).DateTime;
        return DueOn(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), calendar);
    }

    public static void Check(int workingDays, string what)
    {
        if (workingDays is < 0 or > MaxWorkingDays) throw new DomainException($"{what} phải từ 0 đến {MaxWorkingDays} ngày làm việc.");
    }
}
