using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;

namespace Portal.App.Features.Notifications;

public sealed record UrgingLetterTask(int Id, string Content, DateOnly? Deadline, string Status, int NoticeCount);
