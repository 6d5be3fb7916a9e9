using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Admin;

public sealed record AccountRow(string Id, string UserName, string DisplayName, int? PersonId, int? UnitId, string? Unit,
                                IReadOnlyList<string> Roles, bool Locked, bool MustChangePassword, DateTimeOffset? PasswordChangedAt)
{
    /// <summary>A unit account (SPEC §1, Khánh Hòa Điều 5): signs in for the unit, no person behind it.</summary>
    public bool IsUnitAccount => PersonId is null && UnitId is not null;
}
