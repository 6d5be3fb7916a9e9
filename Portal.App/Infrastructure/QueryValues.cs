using System.Globalization;

namespace Portal.App.Infrastructure;

/// <summary>
/// Values read from a page's query string, which anybody can edit: anything that is not a well-formed value of the expected
/// kind is ignored (the page shows its default) instead of failing the request.
/// </summary>
public static class QueryValues
{
    public const int TextMaxLength = 200;

    /// <summary>A record id: a positive whole number, else nothing.</summary>
    public static int? Id(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>A named value of the enumeration (numbers and unknown names are ignored).</summary>
    public static T? Named<T>(string? value) where T : struct, Enum =>
        value is { Length: > 0 } && !char.IsAsciiDigit(value[0]) && value[0] != '-' && Enum.TryParse<T>(value, true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed : null;

    /// <summary>A search text without control characters (PostgreSQL refuses a NUL in a parameter), cut to a reasonable length.</summary>
    public static string? Text(string? value)
    {
        if (value is null) return null;
        if (value.Any(Portal.Domain.Text.TextInput.IsForbiddenInLine))
            value = string.Concat(value.Where(c => !Portal.Domain.Text.TextInput.IsForbiddenInLine(c)));
        return value.Length > TextMaxLength ? value[..TextMaxLength] : value;
    }

}
