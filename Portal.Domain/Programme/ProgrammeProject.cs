namespace Portal.Domain.Programme;

/// <summary>
/// A project (đề án) of the province's yearly work programme (Huế 53/2016 Phụ lục VII): registered by a unit for a
/// month at the start of the year or added by the Office later; moves and withdrawals are the Office's to approve;
/// the unit marks it submitted, the Office marks it issued.
/// </summary>
public sealed class ProgrammeProject
{
    public const int TitleMaxLength = 500;
    public const int NoteMaxLength = 1000;

    private ProgrammeProject() { }

    public ProgrammeProject(int year, int unitId, string title, int month, ProjectOrigin origin, DateTimeOffset createdAt)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Tên đề án không được để trống.");
        title = Text.TextInput.Required(title, TitleMaxLength, "Tên đề án");
        RequireMonth(month);
        Year = year;
        UnitId = unitId;
        Title = title.Trim();
        InitialMonth = month;
        Month = month;
        Origin = origin;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int Year { get; private set; }
    public int UnitId { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>The month the project was first planned for.</summary>
    public int InitialMonth { get; private set; }
    /// <summary>The month it is due now, after any approved move.</summary>
    public int Month { get; private set; }
    public ProjectOrigin Origin { get; private set; }
    public ProjectStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? IssuedAt { get; private set; }
    public string? Note { get; private set; }

    public void MoveTo(int month, string reason)
    {
        RequireMonth(month);
        if (Status != ProjectStatus.Planned) throw new DomainException("Chỉ chuyển tháng được đề án chưa trình.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Phải nêu lý do chuyển.");
        if (month == Month) throw new DomainException("Hãy chọn một tháng khác.");
        Month = month;
        Note = Text.TextInput.Required(reason, NoteMaxLength, "Lý do");
    }

    public void Withdraw(string reason)
    {
        if (Status != ProjectStatus.Planned) throw new DomainException("Chỉ rút được đề án chưa trình.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Phải nêu lý do rút khỏi chương trình công tác.");
        Status = ProjectStatus.Withdrawn;
        Note = Text.TextInput.Required(reason, NoteMaxLength, "Lý do");
    }

    public void MarkSubmitted(DateTimeOffset at)
    {
        if (Status != ProjectStatus.Planned) throw new DomainException("Đề án này không ở trạng thái chờ trình.");
        Status = ProjectStatus.Submitted;
        SubmittedAt = at;
    }

    public void MarkIssued(DateTimeOffset at)
    {
        if (Status != ProjectStatus.Submitted) throw new DomainException("Chỉ ban hành được đề án đã trình.");
        Status = ProjectStatus.Issued;
        IssuedAt = at;
    }

    private static void RequireMonth(int month)
    {
        if (month is < 1 or > 12) throw new DomainException("Tháng phải từ 1 đến 12.");
    }
}
