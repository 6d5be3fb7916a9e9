using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure;

/// <summary>The <c>Reminders</c> settings: the rule profile's warning days until the administrator saves the profile, and
/// how far back a pass catches up.</summary>
public sealed class RemindersOptions : IValidatableObject
{
    public const string Section = "Reminders";

    /// <summary>Working days before a deadline a warning is sent; empty = 3 and 1.</summary>
    public int[] WarningDays { get; set; } = [];

    public IReadOnlyList<int> WarningDaysOrDefault => WarningDays is { Length: > 0 } days ? days : [3, 1];

    /// <summary>
    /// Working days back a pass still notifies what fell due (an outage of a few days is caught up); an overdue notice,
    /// urging notice or escalation due longer ago — a register just imported, a server down for weeks — is recorded
    /// without notifying anyone, instead of flooding the desks with years of history.
    /// </summary>
    [Range(1, 60, ErrorMessage = "Reminders:CatchUpWorkingDays phải từ 1 đến 60 ngày làm việc.")]
    public int CatchUpWorkingDays { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (WarningDays.Any(d => d is < 1 or > 30))
            yield return new ValidationResult("Reminders:WarningDays: mỗi giá trị phải từ 1 đến 30 ngày làm việc.", [nameof(WarningDays)]);
    }
}
