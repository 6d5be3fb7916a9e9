using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Security;

namespace Portal.App.Features.Tasks;

public sealed record SubTaskRow(int Id, string Unit, TaskProgress Progress);
