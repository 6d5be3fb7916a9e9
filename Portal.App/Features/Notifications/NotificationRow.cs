using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Notifications;

namespace Portal.App.Features.Notifications;

public sealed record NotificationRow(long Id, NotificationKind Kind, string Title, string Message, int? TaskId, DateTimeOffset CreatedAt, bool Read, int? QuestionId = null,
                                     int? ComplaintLetterId = null)
{
    /// <summary>The page the notice opens: its task, its question, or its complaint letter.</summary>
    public string? Link => TaskId is { } task ? $"/tasks/{task}" : QuestionId is { } question ? $"/questions/{question}"
        : ComplaintLetterId is { } letter ? $"/don-thu/{letter}" : null;
}
