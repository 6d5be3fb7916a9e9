using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Reports;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Programme;
using Portal.Domain.Security;

namespace Portal.App.Features.Programme;

public sealed record ProjectRow(int Id, int Version, int UnitId, string Unit, string Title, int InitialMonth, int Month, ProjectOrigin Origin,
                                ProjectStatus Status, DateTimeOffset? SubmittedAt, DateTimeOffset? IssuedAt, string? Note);
