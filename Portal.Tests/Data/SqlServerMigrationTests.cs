using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;

namespace Portal.Tests.Data;

/// <summary>SQL Server cannot run here: its migrations are checked by generating the idempotent deployment script.</summary>
public sealed class SqlServerMigrationTests
{
    [Fact]
    public void The_SqlServer_migrations_match_the_model_and_script_every_table()
    {
        using var db = new SqlServerPortalDbContext(new DbContextOptionsBuilder<SqlServerPortalDbContext>()
            .UseSqlServer("Server=.;Database=Portal;Trusted_Connection=True").Options);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Contains("CREATE TABLE [CaseTasks]", script);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script);
        Assert.Contains("[Version] int NOT NULL", script);
        Assert.DoesNotContain("timestamp with time zone", script);
    }
}
