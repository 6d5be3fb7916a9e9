namespace Portal.Domain.Calendar;

/// <summary>One entry of the calendar a province maintains per year.</summary>
public sealed record CalendarDayEntry(DateOnly Date, CalendarDayKind Kind, string Name);
