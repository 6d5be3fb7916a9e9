using System.Globalization;
using System.Text;

namespace Portal.Domain.Text;

/// <summary>Folds Vietnamese text for accent- and case-insensitive search: "Nguyễn Văn Đức" → "nguyen van duc".</summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(folded))
            {
                if (lastWasSpace) continue;
                builder.Append(' ');
                lastWasSpace = true;
            }
            else
            {
                builder.Append(folded);
                lastWasSpace = false;
            }
        }
        return builder.ToString().TrimEnd();
    }

    public static string Join(params string?[] parts) => Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
}
