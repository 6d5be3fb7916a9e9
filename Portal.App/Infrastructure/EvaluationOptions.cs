using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure;

/// <summary>The <c>Evaluation</c> settings: the year-end points until the administrator saves the rule profile.</summary>
public sealed class EvaluationOptions
{
    public const string Section = "Evaluation";

    [Range(0, 1000, ErrorMessage = "Evaluation:BaseScore phải từ 0 đến 1000.")]
    public double BaseScore { get; set; } = 100;

    [Range(0, 100, ErrorMessage = "Evaluation:OverdueDeduction phải từ 0 đến 100.")]
    public double OverdueDeduction { get; set; } = 2;

    /// <summary>Per task completed late ("xem xét bị trừ điểm"), apart from the unfinished overdue ones.</summary>
    [Range(0, 100, ErrorMessage = "Evaluation:LateCompletionDeduction phải từ 0 đến 100.")]
    public double LateCompletionDeduction { get; set; } = 2;

    [Range(0, 100, ErrorMessage = "Evaluation:ExtensionDeduction phải từ 0 đến 100.")]
    public double ExtensionDeduction { get; set; } = 0.5;
}
