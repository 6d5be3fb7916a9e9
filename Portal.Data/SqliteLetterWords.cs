using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

/// <summary>
/// SQLite's word index of the complaint letters' folded text (FTS5, created by the <c>LetterWordIndex</c> migration, kept
/// in step with <c>ComplaintLetters.SearchText</c> by triggers): what PostgreSQL's trigram index is to <c>LIKE '%…%'</c>,
/// without which SQLite reads every letter for a rare name or address. A word of three letters or more matches the
/// words it begins (as one typed in part), a shorter one ("a", "le", "12") only itself.
/// </summary>
public static class SqliteLetterWords
{
    public const string Table = "ComplaintLetterWords";

    /// <summary>An FTS5 query: letters holding every one of <paramref name="words"/>.</summary>
    public static string AllOf(IEnumerable<string> words) => string.Join(" AND ", words.Select(Term));

    /// <summary>An FTS5 query: letters holding at least <paramref name="needed"/> (1 or 2) of <paramref name="words"/>.</summary>
    public static string AtLeast(int needed, IReadOnlyList<string> words)
    {
        if (needed <= 1 || words.Count < 2) return string.Join(" OR ", words.Select(Term));
        var pairs = new List<string>();
        for (var i = 0; i < words.Count; i++)
            for (var j = i + 1; j < words.Count; j++)
                pairs.Add($"({Term(words[i])} AND {Term(words[j])})");
        return string.Join(" OR ", pairs);
    }

    /// <summary>
    /// The ids of the letters matching <paramref name="match"/>, the most recently entered first, at most <paramref name="limit"/>
    /// (the index reads them newest first and stops there); composable into a query of letters.
    /// </summary>
    public static IQueryable<int> Matching(PortalDbContext db, string match, int limit) =>
        db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM "ComplaintLetterWords" WHERE "ComplaintLetterWords" MATCH {match} ORDER BY rowid DESC LIMIT {limit}""");

    /// <summary>A word as an FTS5 string (quoted, so that no word is read as an operator), a prefix from three letters.</summary>
    public static string Term(string word)
    {
        var quoted = new StringBuilder("\"").Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        if (word.Length >= 3) quoted.Append('*');
        return quoted.ToString();
    }
}
