using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

/// <summary>
/// The points of the year-end evaluation (the rule profile): a base from which unfinished overdue tasks ("bị trừ điểm"),
/// tasks completed late ("xem xét bị trừ điểm", Đồng Tháp 128 Điều 5.2b/c) and extensions deduct, each by its own amount.
/// </summary>
public sealed record EvaluationPoints(double Base, double PerOverdue, double PerExtension, double PerLateCompletion)
{
    public static EvaluationPoints From(ProvinceRules rules) =>
        new(rules.EvaluationBase, rules.OverdueDeduction, rules.ExtensionDeduction, rules.LateCompletionDeduction);
}
