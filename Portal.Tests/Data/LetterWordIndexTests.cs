using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>
/// SQLite's word index of the letters' text (the LetterWordIndex migration): created by the migrations with the triggers that
/// keep it in step, so that a later migration which rebuilds the letters' table (and drops its triggers) fails here.
/// </summary>
public sealed class LetterWordIndexTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_migrated_SQLite_database_holds_the_letters_word_index_and_the_triggers_that_keep_it_in_step()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateDbContext();

        var objects = await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE tbl_name IN ('ComplaintLetters', {LetterWordIndex.SqliteTable}) AND type IN ('table', 'trigger') ORDER BY name")
            .ToListAsync(Ct);

        Assert.Contains(LetterWordIndex.SqliteTable, objects);
        Assert.Contains("ComplaintLetterWords_Insert", objects);
        Assert.Contains("ComplaintLetterWords_Update", objects);
        Assert.Contains("ComplaintLetterWords_Delete", objects);
        // The index reads the letters' own rows: an integrity check compares it with them.
        await db.Database.ExecuteSqlRawAsync($"INSERT INTO \"{LetterWordIndex.SqliteTable}\"(\"{LetterWordIndex.SqliteTable}\", rank) VALUES ('integrity-check', 1)", Ct);
    }

    [Theory]
    [InlineData(new[] { "nguyen", "a" }, "\"nguyen\" AND \"a\"")]
    [InlineData(new[] { "le\"loi", "or" }, "\"le\"\"loi\" AND \"or\"")]
    public void Words_become_quoted_FTS5_terms_so_that_none_is_read_as_an_operator(string[] words, string expected) =>
        Assert.Equal(expected, LetterWordIndex.SqliteMatch(words, words.Length));

    [Fact]
    public void Words_become_quoted_tsquery_terms_so_that_none_is_read_as_an_operator() =>
        Assert.Equal(@"'le''loi' & 'a\\b' & '!'", LetterWordIndex.PostgresQuery(["le'loi", @"a\b", "!"], 3));

    [Fact]
    public void At_least_two_of_the_words_is_any_pair_of_them_and_one_is_any_of_them()
    {
        Assert.Equal("(\"thu\" AND \"hoi\") OR (\"thu\" AND \"dat\") OR (\"hoi\" AND \"dat\")", LetterWordIndex.SqliteMatch(["thu", "hoi", "dat"], 2));
        Assert.Equal("('thu' & 'hoi') | ('thu' & 'dat') | ('hoi' & 'dat')", LetterWordIndex.PostgresQuery(["thu", "hoi", "dat"], 2));
        Assert.Equal("'thu' | 'hoi'", LetterWordIndex.PostgresQuery(["thu", "hoi"], 1));
    }
}
