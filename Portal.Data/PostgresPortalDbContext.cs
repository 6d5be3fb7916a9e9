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
    }
}
