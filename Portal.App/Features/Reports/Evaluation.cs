using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

public sealed record Evaluation(int Year, EvaluationPoints Points, IReadOnlyList<UnitEvaluation> Units);
