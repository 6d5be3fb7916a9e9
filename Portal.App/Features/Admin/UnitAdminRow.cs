using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;
using Portal.Domain.Units;

namespace Portal.App.Features.Admin;

public sealed record UnitAdminRow(int Id, int Version, string Name, string Code, UnitKind Kind, int? ParentId, int Depth, UnitStatus Status,
                                  string? Successor, int People, int OpenTasks, int? HeadId = null, string? Head = null, bool IsRemote = false);
