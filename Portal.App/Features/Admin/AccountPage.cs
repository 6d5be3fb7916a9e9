using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Admin;

public sealed record AccountPage(IReadOnlyList<AccountRow> Rows, int Total);
