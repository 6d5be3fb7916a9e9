using System.Globalization;

namespace Portal.Domain.Text;

/// <summary>
/// The one check of free text typed into a step: trimmed, within its column's limit, and free of control characters (line
/// breaks and tabs aside) and of the bidirectional controls that make a text read differently from what it holds. A
/// violation is refused with a Vietnamese message naming the field; nothing is stored.
/// </summary>
public static class TextInput
{
    /// <summary>The trimmed text; refused when empty.</summary>
    public static string Required(string? value, int maxLength, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new DomainException($"{field} không được để trống.");
        return Checked(value.Trim(), maxLength, field);
    }

    /// <summary>The trimmed text, or null when nothing was typed.</summary>
    public static string? Optional(string? value, int maxLength, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : Checked(value.Trim(), maxLength, field);

    /// <summary>Whether the character may not be stored in a text: a control (but a line break or a tab) or a bidirectional control.</summary>
    public static bool IsForbidden(char c) =>
        (char.IsControl(c) && c is not ('\r' or '\n' or '\t'))
        || c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Whether the character may not stand in a one-line value (a file name, a search): any control, line breaks
    /// included, or a bidirectional control.</summary>
    public static bool IsForbiddenInLine(char c) => char.IsControl(c) || IsForbidden(c);

    private static string Checked(string text, int maxLength, string field)
    {
        if (text.Length > maxLength)
            throw new DomainException(string.Format(Vietnamese, "{0} dài tối đa {1:N0} ký tự (đang có {2:N0} ký tự).", field, maxLength, text.Length));
        if (text.Any(IsForbidden)) throw new DomainException($"{field} chứa ký tự điều khiển không hợp lệ; hãy xóa chúng rồi gửi lại.");
        return text;
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
}
