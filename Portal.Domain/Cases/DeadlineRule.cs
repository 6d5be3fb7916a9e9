using Portal.Domain.Calendar;

namespace Portal.Domain.Cases;

/// <summary>
/// How a kind sets a case's deadline: given by whoever assigns it (at least 1 working day after the assignment), or a
/// number of days from the assignment, more for a complex case. A limit in calendar days that ends on a day off ends at
/// the end of the next working day (Bộ luật Dân sự 2015 Điều 147–148); the day of assignment is not counted.
/// </summary>
public sealed record DeadlineRule(DeadlineUnit Unit, int? SimpleDays, int? ComplexDays)
{
    /// <summary>The deadline is given at assignment, or none.</summary>
    public static DeadlineRule Given { get; } = new(DeadlineUnit.WorkingDays, null, null);

    public static DeadlineRule WorkingDays(int simple, int complex) => new(DeadlineUnit.WorkingDays, simple, complex);

    public static DeadlineRule CalendarDays(int simple, int complex) => new(DeadlineUnit.CalendarDays, simple, complex);

    public bool IsGiven => SimpleDays is null;

    /// <summary>The deadline of a case assigned on <paramref name="assignedOn"/>; a given deadline is checked, a computed one ignores it.</summary>
    public DateOnly? DeadlineFor(DateOnly assignedOn, DateOnly? given, bool complex, WorkingCalendar calendar)
    {
        if (SimpleDays is not { } simple) return CheckGiven(assignedOn, given, calendar);
        var days = complex ? ComplexDays ?? simple : simple;
        if (Unit == DeadlineUnit.WorkingDays) return calendar.AddWorkingDays(assignedOn, days);
        var end = assignedOn.AddDays(days);
        while (!calendar.IsWorkingDay(end)) end = end.AddDays(1);
        return end;
    }

    /// <summary>A given deadline must leave at least 1 working day after the assignment.</summary>
    public static DateOnly? CheckGiven(DateOnly assignedOn, DateOnly? given, WorkingCalendar calendar)
    {
        var earliest = calendar.AddWorkingDays(assignedOn, 1);
        if (given is { } due && due < earliest)
            throw new DomainException($"Hạn xử lý phải sau ngày giao ít nhất 1 ngày làm việc (sớm nhất {VietnamTime.Show(earliest)}).");
        return given;
    }
}
