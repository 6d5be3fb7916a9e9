using Microsoft.AspNetCore.Identity;

namespace Portal.Data;

/// <summary>A sign-in account. PersonId links it to the civil servant; a unit account has a UnitId and no person.</summary>
public sealed class PortalUser : IdentityUser
{
    public const int DisplayNameMaxLength = 150;

    public int? PersonId { get; set; }
    public int? UnitId { get; set; }
    public string DisplayName { get; set; } = "";
    public bool MustChangePassword { get; set; }
    public DateTimeOffset? PasswordChangedAt { get; set; }
}
