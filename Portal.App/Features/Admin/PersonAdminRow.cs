using Portal.App.Features.Files;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.People;
using Portal.Domain.Text;

namespace Portal.App.Features.Admin;

public sealed record PersonAdminRow(int Id, int Version, string FullName, string Position, int UnitId, string Unit, DateOnly? BirthDate,
                                    Gender? Gender, string? Phone, string? Email, string? CivilServantCode, string? Duties, string? PhotoPath,
                                    bool HasAccount);
