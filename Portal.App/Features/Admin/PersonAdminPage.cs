using Portal.App.Features.Files;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.People;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Admin;

public sealed record PersonAdminPage(IReadOnlyList<PersonAdminRow> Rows, int Total);
