using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Searching task text anywhere in it ("LIKE '%…%'") through a trigram index instead of reading every task.
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Portal.Domain.Cases.CaseTask>().HasIndex(t => t.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        // The agencies' lists of letters search parts of words in a letter's folded text.
        builder.Entity<Portal.Domain.Complaints.ComplaintLetter>().HasIndex(l => l.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        // The look-up before intake reads whole words (LetterWordIndex): the letter's words as a stored tsvector, so that
        // neither its index nor a scan of the newest letters computes them again, with statistics for the planner.
        builder.Entity<Portal.Domain.Complaints.ComplaintLetter>().Property<NpgsqlTypes.NpgsqlTsVector>(LetterWordIndex.PostgresColumn)
            .HasComputedColumnSql("""to_tsvector('simple'::regconfig, "SearchText")""", stored: true);
        builder.Entity<Portal.Domain.Complaints.ComplaintLetter>().HasIndex(LetterWordIndex.PostgresColumn).HasMethod("gin");
    }
}
