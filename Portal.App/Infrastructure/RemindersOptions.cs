using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure;

/// <summary>The <c>Reminders</c> settings: the rule profile's warning days until the administrator saves the profile.</summary>
public sealed class RemindersOptions : IValidatableObject
{
    public const string Section = "Reminders";

    /// <summary>Working days before a deadline a warning is sent; empty = 3 and 1.</summary>
    public int[] WarningDays { get; set; } = [];

    public IReadOnlyList<int> WarningDaysOrDefault => WarningDays is { Length: > 0 } days ? days : [3, 1];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (WarningDays.Any(d => d is < 1 or > 30))
            yield return new ValidationResult("Reminders:WarningDays: mỗi giá trị phải từ 1 đến 30 ngày làm việc.", [nameof(WarningDays)]);
    }
}
