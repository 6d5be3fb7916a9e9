namespace Portal.Domain.Calendar;

public enum CalendarDayKind
{
    /// <summary>A day off: public holiday, compensatory day (nghỉ bù) or the weekday given by a day swap.</summary>
    Holiday,

    /// <summary>A weekend day declared working (làm bù) by a day swap.</summary>
    ExtraWorkingDay,
}
