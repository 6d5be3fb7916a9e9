namespace Portal.Domain.Calendar;

/// <summary>A stored calendar entry: a day off or a weekend day worked. ProvinceId null = the national schedule.</summary>
public sealed class CalendarDay
{
    public const int NameMaxLength = 200;

    private CalendarDay() { }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string name, int? provinceId = null)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Tên ngày nghỉ/ngày làm bù không được để trống.");
        Date = date;
        Kind = kind;
        Name = Text.TextInput.Required(name, NameMaxLength, "Tên ngày nghỉ/ngày làm bù");
        ProvinceId = provinceId;
    }

    public int Id { get; private set; }
    public int? ProvinceId { get; private set; }
    public DateOnly Date { get; private set; }
    public CalendarDayKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    public static WorkingCalendar ToCalendar(IEnumerable<CalendarDay> days)
    {
        var list = days as IReadOnlyCollection<CalendarDay> ?? days.ToList();
        return new WorkingCalendar(
            list.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date),
            list.Where(d => d.Kind == CalendarDayKind.ExtraWorkingDay).Select(d => d.Date));
    }
}
