using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Notifications;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Files;
using Portal.Domain.Notifications;
using Portal.Domain.Security;

namespace Portal.App.Features.Directives;

public sealed record RegisteredDocument(int DocumentId, IReadOnlyList<int> TaskIds, DateOnly EntryDeadline, bool EnteredOnTime);
