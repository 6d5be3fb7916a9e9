using Portal.App.Features.Files;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.People;
using Portal.Domain.Text;

namespace Portal.App.Features.Admin;

public sealed class PersonForm
{
    public string FullName { get; set; } = "";
    public int? UnitId { get; set; }
    public string Position { get; set; } = "";
    public DateTime? BirthDate { get; set; }
    public Gender? Gender { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? CivilServantCode { get; set; }
    public string? Duties { get; set; }

    public static PersonForm From(PersonAdminRow row) => new()
    {
        FullName = row.FullName,
        UnitId = row.UnitId,
        Position = row.Position,
        BirthDate = row.BirthDate?.ToDateTime(TimeOnly.MinValue),
        Gender = row.Gender,
        Phone = row.Phone,
        Email = row.Email,
        CivilServantCode = row.CivilServantCode,
        Duties = row.Duties,
    };
}
