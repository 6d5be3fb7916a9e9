using Portal.Domain.Text;

namespace Portal.Domain.People;

public enum Gender { Male, Female, Other }

/// <summary>A civil servant, leader or clerk (SPEC §1).</summary>
public sealed class Person
{
    public const int NameMaxLength = 100;

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
        if (string.IsNullOrWhiteSpace(fullName)) throw new DomainException("Họ và tên không được để trống.");
        if (fullName.Length > NameMaxLength) throw new DomainException($"Họ và tên dài tối đa {NameMaxLength} ký tự.");
        FullName = fullName.Trim();
        UnitId = unitId;
        Position = position.Trim();
        SearchText = TextFolding.Fold(FullName);
    }
}
