using System.ComponentModel.DataAnnotations;
using Portal.Domain.Questions;

namespace Portal.App.Features.Questions;

/// <summary>The <c>Questions</c> settings (Huế 53 Phụ lục V): the batch hours, the Office's delegation of routing, what the public sees, the API's limits.</summary>
public sealed class QuestionsOptions : IValidatableObject
{
    public const string Section = "Questions";

    /// <summary>The hours the editors take questions in, on working days ("10:00,16:00").</summary>
    public string IntakeBatches { get; set; } = "10:00,16:00";

    /// <summary>The hours the Office leader routes them ("07:30,14:00").</summary>
    public string RoutingBatches { get; set; } = "07:30,14:00";

    /// <summary>The Office delegated routing to the portal's editors (bước 2a "hoặc ủy quyền cho Cổng TTĐT").</summary>
    public bool EditorsRoute { get; set; }

    /// <summary>Whether the public answer names the unit leader who approved it (otherwise only the answering agency).</summary>
    public bool ShowOfficialNames { get; set; }

    /// <summary>Requests a minute one API key may make.</summary>
    [Range(1, 100_000, ErrorMessage = "Questions:ApiRequestsPerMinute phải từ 1 đến 100.000.")]
    public int ApiRequestsPerMinute { get; set; } = 120;

    /// <summary>Requests a minute one address may make to the public pages and the API without a key.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Questions:PublicRequestsPerMinute phải từ 1 đến 1.000.000.")]
    public int PublicRequestsPerMinute { get; set; } = 600;

    /// <summary>Seconds the public pages and answers are cached.</summary>
    [Range(1, 3600, ErrorMessage = "Questions:PublicCacheSeconds phải từ 1 đến 3.600 giây.")]
    public int PublicCacheSeconds { get; set; } = 30;

    public IReadOnlyList<TimeOnly> IntakeTimes => QuestionBatches.Parse(IntakeBatches, "Questions:IntakeBatches");

    public IReadOnlyList<TimeOnly> RoutingTimes => QuestionBatches.Parse(RoutingBatches, "Questions:RoutingBatches");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (text, name) in new[] { (IntakeBatches, nameof(IntakeBatches)), (RoutingBatches, nameof(RoutingBatches)) })
        {
            string? error = null;
            try
            {
                QuestionBatches.Parse(text, $"Questions:{name}");
            }
            catch (FormatException e)
            {
                error = e.Message;
            }
            if (error is not null) yield return new ValidationResult(error, [name]);
        }
    }
}
