using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;

namespace Portal.App.Features.Tasks;

public sealed record UnitOption(int Id, string Name);
