using Portal.Domain.Calendar;

namespace Portal.Domain.Directives;

/// <summary>
/// How long the Office has to enter a directive document (SPEC §3, Phụ lục II of Huế 71/2016):
/// within N working days of issue (Huế 2; Khánh Hòa 1, or 2 for multi-task documents); urgent documents
/// the same day; under Đồng Tháp's rule the same day, or the next working day when issued after 15:00.
/// </summary>
public sealed record EntryRuleProfile(string Name, int WorkingDays, int? MultiTaskWorkingDays, TimeOnly? CutOff, bool UrgentSameDay)
{
    public static EntryRuleProfile Hue { get; } = new("Huế", 2, null, null, true);
    public static EntryRuleProfile KhanhHoa { get; } = new("Khánh Hòa", 1, 2, null, true);
    public static EntryRuleProfile DongThap { get; } = new("Đồng Tháp", 0, null, new TimeOnly(15, 0), true);

    public DateOnly EntryDeadline(DateTimeOffset issuedAt, DocumentUrgency urgency, int taskCount, WorkingCalendar calendar)
    {
        var local = VietnamTime.ToVietnam(issuedAt);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (urgency != DocumentUrgency.Normal && UrgentSameDay) return day;
        // Under a cut-off (Đồng Tháp) the multi-task count does not apply: the days run from the issue day, or from the next
        // working day after the cut-off.
        var days = CutOff is null && taskCount > 1 && MultiTaskWorkingDays is { } multi ? multi : WorkingDays;
        return new Cases.UpdateDeadline(days, CutOff).DueOn(day, TimeOnly.FromDateTime(local.DateTime), calendar);
    }
}
