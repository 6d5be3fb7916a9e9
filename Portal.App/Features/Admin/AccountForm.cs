using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Admin;

public sealed class AccountForm
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    /// <summary>The civil servant the account belongs to; none for a unit account.</summary>
    public int? PersonId { get; set; }
    public int? UnitId { get; set; }
    public HashSet<string> Roles { get; set; } = [];
}
