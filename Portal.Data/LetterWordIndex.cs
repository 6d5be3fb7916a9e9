using Microsoft.EntityFrameworkCore;
using Portal.Domain.Complaints;

namespace Portal.Data;

/// <summary>
/// The word indexes of the complaint letters' folded text (<c>ComplaintLetters.SearchText</c>, its words alone), for the
/// look-up before intake: on SQLite an FTS5 table kept in step by triggers (the <c>LetterWordIndex</c> migration), on
/// PostgreSQL a stored <c>to_tsvector('simple', …)</c> column with a GIN index (in its model). A word matches itself, whole ("a", "le",
/// "12", "nguyen"), as the look-up's scoring compares words. SQL Server has none: the look-up reads the text with LIKE there.
/// </summary>
public static class LetterWordIndex
{
    public const string SqliteTable = "ComplaintLetterWords";
    /// <summary>PostgreSQL's stored <c>tsvector</c> of the letter's words (a shadow property of the PostgreSQL model).</summary>
    public const string PostgresColumn = "SearchWords";

    /// <summary>
    /// The letters holding at least <paramref name="needed"/> of <paramref name="words"/> (1, 2, or all of them when it is their
    /// number or more), the most recently entered first, at most <paramref name="limit"/>; null where the provider has no index.
    /// </summary>
    public static IQueryable<ComplaintLetter>? Holding(PortalDbContext db, IQueryable<ComplaintLetter> letters, IReadOnlyList<string> words, int needed, int limit)
    {
        if (db.Database.IsSqlite())
        {
            var ids = db.Database.SqlQuery<int>(
                $"""SELECT rowid AS "Value" FROM "ComplaintLetterWords" WHERE "ComplaintLetterWords" MATCH {SqliteMatch(words, needed)} ORDER BY rowid DESC LIMIT {limit}""");
            return letters.Where(l => ids.Contains(l.Id));
        }
        if (db.Database.IsNpgsql())
        {
            var query = PostgresQuery(words, needed);
            return letters.Where(l => EF.Property<NpgsqlTypes.NpgsqlTsVector>(l, PostgresColumn).Matches(EF.Functions.ToTsQuery("simple", query)))
                .OrderByDescending(l => l.Id).Take(limit);
        }
        return null;
    }

    /// <summary>An FTS5 query; each word quoted, so that none is read as an operator.</summary>
    public static string SqliteMatch(IReadOnlyList<string> words, int needed) =>
        Combine(words, needed, " AND ", " OR ", w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");

    /// <summary>A <c>tsquery</c>; each word quoted, so that none is read as an operator.</summary>
    public static string PostgresQuery(IReadOnlyList<string> words, int needed) =>
        Combine(words, needed, " & ", " | ", w => "'" + w.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'");

    private static string Combine(IReadOnlyList<string> words, int needed, string and, string or, Func<string, string> term)
    {
        if (needed >= words.Count) return string.Join(and, words.Select(term));
        if (needed <= 1) return string.Join(or, words.Select(term));
        var pairs = new List<string>();
        for (var i = 0; i < words.Count; i++)
            for (var j = i + 1; j < words.Count; j++)
                pairs.Add($"({term(words[i])}{and}{term(words[j])})");
        return string.Join(or, pairs);
    }
}
