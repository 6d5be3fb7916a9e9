using System.Text;

namespace Portal.Domain.Directives;

/// <summary>
/// The identity of an issued document (Decree 30/2020 Phụ lục VI; DOMAIN_FACTS §2.2): its number and symbol are unique
/// per issuer within a calendar year, numbering restarting each year. Written by hand they vary in case, spaces and
/// "Đ" typed as "D", so they are compared on a key that ignores those.
/// </summary>
public static class DocumentNumbering
{
    /// <summary>"45 / qđ-ubnd" and "45/QD-UBND" give the same key: upper case, no white space, Đ as D, dashes as "-".</summary>
    public static string Key(string number, string symbol)
    {
        var text = new StringBuilder(number.Length + symbol.Length + 1);
        foreach (var c in $"{number}/{symbol}".Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c)) continue;
            text.Append(c switch
            {
                'đ' or 'Đ' => 'D',
                '–' or '—' or '‐' or '‑' or '−' => '-',
                _ => char.ToUpperInvariant(c),
            });
        }
        return text.ToString();
    }
}
