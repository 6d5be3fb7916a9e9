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

        var objects = await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE tbl_name IN ('ComplaintLetters', {SqliteLetterWords.Table}) AND type IN ('table', 'trigger') ORDER BY name")
            .ToListAsync(Ct);

        Assert.Contains(SqliteLetterWords.Table, objects);
        Assert.Contains("ComplaintLetterWords_Insert", objects);
        Assert.Contains("ComplaintLetterWords_Update", objects);
        Assert.Contains("ComplaintLetterWords_Delete", objects);
        // The index reads the letters' own rows: an integrity check compares it with them.
        await db.Database.ExecuteSqlRawAsync($"INSERT INTO \"{SqliteLetterWords.Table}\"(\"{SqliteLetterWords.Table}\", rank) VALUES ('integrity-check', 1)", Ct);
    }

    [Theory]
    [InlineData(new[] { "nguyen", "a" }, "\"nguyen\"* AND \"a\"")]
    [InlineData(new[] { "le\"loi" }, "\"le\"\"loi\"*")]
    public void Words_become_quoted_FTS5_terms_a_prefix_from_three_letters(string[] words, string expected) =>
        Assert.Equal(expected, SqliteLetterWords.AllOf(words));

    [Fact]
    public void At_least_two_of_the_words_is_any_pair_of_them() =>
        Assert.Equal("(\"thu\"* AND \"hoi\"*) OR (\"thu\"* AND \"dat\"*) OR (\"hoi\"* AND \"dat\"*)", SqliteLetterWords.AtLeast(2, ["thu", "hoi", "dat"]));
}
