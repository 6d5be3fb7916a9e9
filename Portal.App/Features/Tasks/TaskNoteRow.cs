using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;

namespace Portal.App.Features.Tasks;

public sealed record TaskNoteRow(DateTimeOffset At, string Author, string? Unit, string Content, string? DelayReason, string? Proposals, Guid? AttachmentId);
