using Portal.App.Features.Reports;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Security;

namespace Portal.App.Features.Dashboard;

public sealed record LeaderOverdue(int LeaderId, string Leader, int Overdue);
