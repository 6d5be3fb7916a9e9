using Portal.Domain.Calendar;

namespace Portal.Domain.Questions;

/// <summary>
/// The daily batches of Huế 53 Phụ lục V: on working days the editors take the questions in at 10:00 and 16:00 (bước 1) and
/// the Office leader routes them at 7:30 and 14:00 (bước 2a). A question belongs to the first batch on a working day at or
/// after the moment it came (or was accepted); the batch is "due" once its hour has come.
/// </summary>
public static class QuestionBatches
{
    public static readonly IReadOnlyList<TimeOnly> DefaultIntake = [new(10, 0), new(16, 0)];
    public static readonly IReadOnlyList<TimeOnly> DefaultRouting = [new(7, 30), new(14, 0)];

    /// <summary>The batch (a moment, Vietnam time) that takes what came at <paramref name="at"/>.</summary>
    public static DateTimeOffset BatchOf(DateTimeOffset at, IReadOnlyList<TimeOnly> times, WorkingCalendar calendar)
    {
        if (times.Count == 0) return at;
        var ordered = times.Order().ToList();
        var day = VietnamTime.DateOf(at);
        var time = VietnamTime.TimeOf(at);
        for (var i = 0; i < 800; i++, day = day.AddDays(1), time = TimeOnly.MinValue)
        {
            if (!calendar.IsWorkingDay(day)) continue;
            foreach (var batch in ordered)
                if (batch >= time) return VietnamTime.At(day, batch);
        }
        throw new InvalidOperationException("Không tìm thấy ngày làm việc trong hai năm tới.");
    }

    /// <summary>Reads "10:00,16:00"; refuses a malformed list with a message naming the setting.</summary>
    public static IReadOnlyList<TimeOnly> Parse(string? text, string setting)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var times = new List<TimeOnly>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TimeOnly.TryParseExact(part, ["H:mm", "HH:mm"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t))
                throw new FormatException($"{setting}: \"{part}\" không phải giờ dạng HH:mm.");
            times.Add(t);
        }
        return [.. times.Distinct().Order()];
    }
}
