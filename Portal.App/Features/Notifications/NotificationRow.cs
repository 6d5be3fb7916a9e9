using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Notifications;

namespace Portal.App.Features.Notifications;

public sealed record NotificationRow(long Id, NotificationKind Kind, string Title, string Message, int? TaskId, DateTimeOffset CreatedAt, bool Read);
