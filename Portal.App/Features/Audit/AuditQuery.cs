using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Security;

namespace Portal.App.Features.Audit;

public sealed record AuditQuery(string? UserName = null, string? Entity = null, string? Key = null, DateOnly? From = null, DateOnly? To = null);
