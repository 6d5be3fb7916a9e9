using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Complaints;

namespace Portal.Data;

/// <summary>
/// The word indexes of the complaint letters' folded text (<c>ComplaintLetters.SearchText</c>, its words alone), for the
/// look-up before intake: on SQLite an FTS5 table kept in step by triggers (the <c>LetterWordIndex</c> migration), on
/// PostgreSQL a stored <c>to_tsvector('simple', …)</c> column with a GIN index (in its model). A word matches itself, whole ("a", "le",
/// "12", "nguyen"), as the look-up's scoring compares words. SQL Server has none: the same words are looked for in the text
/// with LIKE there.
/// </summary>
public static class LetterWordIndex
{
    public const string SqliteTable = "ComplaintLetterWords";
    /// <summary>PostgreSQL's stored <c>tsvector</c> of the letter's words (a shadow property of the PostgreSQL model).</summary>
    public const string PostgresColumn = "SearchWords";

    /// <summary>
    /// The letters holding at least <paramref name="needed"/> of <paramref name="words"/> (1, 2, or all of them when it is their
    /// number or more), the most recently entered first, at most <paramref name="limit"/>, from the provider's index; on SQL
    /// Server all of those that hold them.
    /// </summary>
    public static IQueryable<ComplaintLetter> Holding(PortalDbContext db, IQueryable<ComplaintLetter> letters, IReadOnlyList<string> words, int needed, int limit)
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
        return letters.Where(LikeAll(words, needed));
    }

    /// <summary>The same words in the text (SQL Server): LIKE for each, combined as the indexes' queries are.</summary>
    private static Expression<Func<ComplaintLetter, bool>> LikeAll(IReadOnlyList<string> words, int needed)
    {
        var letter = Expression.Parameter(typeof(ComplaintLetter), "l");
        var text = Expression.Property(letter, nameof(ComplaintLetter.SearchText));
        var like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
        // Each word's pattern through a captured value, so that it is sent as a parameter.
        Expression Holds(string word) => Expression.Call(like, Expression.Constant(EF.Functions), text,
            Expression.Field(Expression.Constant(new StrongBox<string>(LikePattern.Containing(word))), nameof(StrongBox<string>.Value)),
            Expression.Constant(LikePattern.Escape));
        var body = Combine(words, needed, Holds, all => all.Aggregate(Expression.AndAlso), any => any.Aggregate(Expression.OrElse), Expression.AndAlso);
        return Expression.Lambda<Func<ComplaintLetter, bool>>(body, letter);
    }

    /// <summary>An FTS5 query; each word quoted, so that none is read as an operator.</summary>
    public static string SqliteMatch(IReadOnlyList<string> words, int needed) =>
        Text(words, needed, " AND ", " OR ", w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");

    /// <summary>A <c>tsquery</c>; each word quoted, so that none is read as an operator.</summary>
    public static string PostgresQuery(IReadOnlyList<string> words, int needed) =>
        Text(words, needed, " & ", " | ", w => "'" + w.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'");

    private static string Text(IReadOnlyList<string> words, int needed, string and, string or, Func<string, string> term) =>
        Combine(words, needed, term, all => string.Join(and, all), any => string.Join(or, any), (a, b) => $"({a}{and}{b})");

    /// <summary>At least <paramref name="needed"/> of the words: all of them, any of them, or any pair of them.</summary>
    private static T Combine<T>(IReadOnlyList<string> words, int needed, Func<string, T> term, Func<IEnumerable<T>, T> all, Func<IEnumerable<T>, T> any,
                                Func<T, T, T> pair)
    {
        if (needed >= words.Count) return all(words.Select(term));
        if (needed <= 1) return any(words.Select(term));
        return any(words.SelectMany((w, i) => words.Skip(i + 1).Select(other => pair(term(w), term(other)))));
    }
}
