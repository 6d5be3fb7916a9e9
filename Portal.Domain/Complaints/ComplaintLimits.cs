using Portal.Domain.Calendar;
using Portal.Domain.Cases;

namespace Portal.Domain.Complaints;

/// <summary>The statutory time limits of a complaint letter and of its resolution (Luật Khiếu nại 2011 Điều 27, 28, 37).</summary>
public enum ComplaintLimit
{
    /// <summary>Accept the complaint or refuse it with reasons: within 10 days of receipt (Điều 27).</summary>
    Decide,
    /// <summary>Resolve a first complaint: 30 days from acceptance, 45 when complex; 45/60 in remote areas (Điều 28).</summary>
    ResolveFirst,
    /// <summary>Resolve a second complaint: 45 days, 60 when complex; 60/70 in remote areas (Điều 37).</summary>
    ResolveSecond,
}

/// <summary>When a case was settled against its limit (Quyết định 1122/2017 Điều 5.7): before, on, or after the last day.</summary>
public enum LimitKept { BeforeLimit, OnLimit, AfterLimit }

/// <summary>
/// One limit: its days (more for a complex case, more again in a remote or hard-to-reach area — a unit's attribute) and
/// whether they count calendar or working days (a rule-profile setting; the law says "ngày"). The start day is not
/// counted; a limit in calendar days whose last day is a day off ends on the next working day (Bộ luật Dân sự 2015 Điều 148).
/// </summary>
public sealed record ComplaintLimitRule(DeadlineUnit Unit, int Days, int ComplexDays, int RemoteDays, int RemoteComplexDays)
{
    public const int MaxDays = 365;

    public int DaysFor(bool complex, bool remote) => (complex, remote) switch
    {
        (false, false) => Days,
        (true, false) => ComplexDays,
        (false, true) => RemoteDays,
        (true, true) => RemoteComplexDays,
    };

    /// <summary>The last day of the limit counted from <paramref name="from"/> (receipt or acceptance).</summary>
    public DateOnly LastDay(DateOnly from, bool complex, bool remote, WorkingCalendar calendar)
    {
        var days = DaysFor(complex, remote);
        return Unit == DeadlineUnit.WorkingDays ? calendar.AddWorkingDays(from, days) : calendar.EndOfCalendarPeriod(from, days);
    }

    /// <summary>The problems of a rule a profile would set, in Vietnamese; empty when it is sound.</summary>
    public IReadOnlyList<string> Problems(string name)
    {
        var problems = new List<string>();
        foreach (var (label, days) in new[] { ("", Days), (" (vụ việc phức tạp)", ComplexDays), (" (vùng sâu, vùng xa)", RemoteDays), (" (vùng sâu, vùng xa, phức tạp)", RemoteComplexDays) })
            if (days is < 1 or > MaxDays) problems.Add($"{name}{label}: số ngày phải từ 1 đến {MaxDays}.");
        if (ComplexDays < Days || RemoteDays < Days || RemoteComplexDays < Math.Max(ComplexDays, RemoteDays))
            problems.Add($"{name}: thời hạn của vụ việc phức tạp hoặc ở vùng sâu, vùng xa không được ngắn hơn thời hạn thông thường.");
        return problems;
    }
}

/// <summary>The three limits of a province's rule profile; <see cref="Law"/> holds the statute's days, counted in calendar days.</summary>
public sealed record ComplaintLimits(ComplaintLimitRule Decide, ComplaintLimitRule ResolveFirst, ComplaintLimitRule ResolveSecond)
{
    public static ComplaintLimits Law { get; } = new(
        new ComplaintLimitRule(DeadlineUnit.CalendarDays, 10, 10, 10, 10),
        new ComplaintLimitRule(DeadlineUnit.CalendarDays, 30, 45, 45, 60),
        new ComplaintLimitRule(DeadlineUnit.CalendarDays, 45, 60, 60, 70));

    public ComplaintLimitRule this[ComplaintLimit limit] => limit switch
    {
        ComplaintLimit.Decide => Decide,
        ComplaintLimit.ResolveFirst => ResolveFirst,
        ComplaintLimit.ResolveSecond => ResolveSecond,
        _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, null),
    };

    /// <summary>The limit a complaint's resolution runs under: the first or the second resolution.</summary>
    public static ComplaintLimit ResolutionOf(int round) => round switch
    {
        1 => ComplaintLimit.ResolveFirst,
        2 => ComplaintLimit.ResolveSecond,
        _ => throw new DomainException("Khiếu nại chỉ được giải quyết lần đầu hoặc lần hai."),
    };

    public IReadOnlyList<string> Problems() =>
        [.. Decide.Problems("Thời hạn thụ lý"), .. ResolveFirst.Problems("Thời hạn giải quyết lần đầu"), .. ResolveSecond.Problems("Thời hạn giải quyết lần hai")];

    /// <summary>Whether a case settled on <paramref name="settledOn"/> kept a limit whose last day is <paramref name="lastDay"/>.</summary>
    public static LimitKept TimelinessOf(DateOnly lastDay, DateOnly settledOn) =>
        settledOn < lastDay ? LimitKept.BeforeLimit : settledOn == lastDay ? LimitKept.OnLimit : LimitKept.AfterLimit;

    public static string Label(LimitKept timeliness) => timeliness switch
    {
        LimitKept.BeforeLimit => "Trước hạn",
        LimitKept.OnLimit => "Đúng hạn",
        LimitKept.AfterLimit => "Quá hạn",
        _ => throw new ArgumentOutOfRangeException(nameof(timeliness), timeliness, null),
    };
}
