using Portal.Domain.Text;

namespace Portal.Domain.People;

/// <summary>A civil servant, leader or clerk (SPEC §1).</summary>
public sealed class Person
{
    public const int NameMaxLength = 100;
    public const int PositionMaxLength = 150;
    public const int PhoneMaxLength = 30;
    public const int EmailMaxLength = 150;
    public const int CodeMaxLength = 30;
    public const int DutiesMaxLength = 2000;

    private Person() { }

    public Person(string fullName, int unitId, string position)
    {
        Update(fullName, unitId, position);
    }

    public int Id { get; private set; }
    public string FullName { get; private set; } = "";
    public int UnitId { get; private set; }
    public string Position { get; private set; } = "";
    public DateOnly? BirthDate { get; set; }
    public Gender? Gender { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? CivilServantCode { get; set; }
    public string? PhotoPath { get; set; }
    public string? Duties { get; set; }
    public string SearchText { get; private set; } = "";

    public void Update(string fullName, int unitId, string position)
    {
        FullName = TextInput.Required(fullName, NameMaxLength, "Họ và tên");
        UnitId = unitId;
        Position = TextInput.Required(position, PositionMaxLength, "Chức vụ");
        SearchText = TextFolding.Fold(FullName);
    }
}
