using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Security;

namespace Portal.App.Features.Tasks;

public sealed record ExtensionRow(int Id, DateTimeOffset RequestedAt, string RequestedBy, DateOnly From, DateOnly To, string Reason,
                                  ExtensionStatus Status, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, Guid? DocumentId,
                                  DateOnly? Granted = null, Guid? DecisionDocumentId = null);
