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
/// tasks completed late ("xem xét bị trừ điểm", Đồng Tháp 128 Điều 5.2b/c), extensions and updates made late (SPEC §4.11) deduct,
/// each by its own amount.
/// </summary>
public sealed record EvaluationPoints(double Base, double PerOverdue, double PerExtension, double PerLateCompletion, double PerLateUpdate = 0)
{
    public static EvaluationPoints From(ProvinceRules rules) =>
        new(rules.EvaluationBase, rules.OverdueDeduction, rules.ExtensionDeduction, rules.LateCompletionDeduction, rules.LateUpdateDeduction);

    /// <summary>How the score is computed, in the words printed under the table and the workbook.</summary>
    public string Describe() =>
        $"Cách tính điểm: {Base:0.#} điểm, trừ {PerOverdue:0.#} điểm cho mỗi nhiệm vụ đang hoặc chưa thực hiện quá hạn (bị trừ điểm), "
        + $"{PerLateCompletion:0.#} điểm cho mỗi nhiệm vụ hoàn thành quá hạn (xem xét trừ điểm), {PerExtension:0.#} điểm cho mỗi lần gia hạn"
        + $" và {PerLateUpdate:0.#} điểm cho mỗi lần cập nhật chậm (văn bản trả lời cập nhật quá hạn, kỳ báo cáo định kỳ không cập nhật).";
}
