using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Security;

namespace Portal.App.Features.Tasks;

public sealed record TaskHistoryRow(DateTimeOffset At, string Actor, string Action, TaskState? From, TaskState To, string? Note, string? Change);
