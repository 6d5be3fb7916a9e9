using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;

namespace Portal.App.Features.Tasks;

public sealed record UrgingNoticeRow(int Number, DateOnly DueOn, DateOnly Deadline, DateTimeOffset IssuedAt);
