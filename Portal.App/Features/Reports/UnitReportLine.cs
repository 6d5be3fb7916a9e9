using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

public sealed record UnitReportLine(int TaskId, string DocumentNumber, DateOnly? Deadline, string Content, TaskProgress Progress, string Situation);
