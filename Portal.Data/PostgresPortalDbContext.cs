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
        // The complaint look-up's words, anywhere in a letter's folded text, across every agency's letters.
        builder.Entity<Portal.Domain.Complaints.ComplaintLetter>().HasIndex(l => l.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
