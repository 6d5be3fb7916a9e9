using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

/// <summary>
/// The query planner's statistics of the portal's tables. SQLite keeps none until <c>ANALYZE</c> runs, and without them it
/// guesses every state of a task equally common — most tasks are completed, so it then sorts tens of thousands of open
/// tasks for a first page instead of walking the deadline index; PostgreSQL's autovacuum and SQL Server's automatic
/// statistics keep theirs current, and a refresh only brings theirs forward.
/// </summary>
public static class DatabaseStatistics
{
    public static async Task<string> RefreshAsync(PortalDbContext db, CancellationToken ct = default)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var sql = db switch
        {
            SqlitePortalDbContext or PostgresPortalDbContext => "ANALYZE;",
            SqlServerPortalDbContext => "EXEC sp_updatestats;",
            _ => throw new NotSupportedException($"No statistics refresh for {db.GetType().Name}."),
        };
        await db.Database.ExecuteSqlRawAsync(sql, ct);
        return "Đã cập nhật thống kê truy vấn của cơ sở dữ liệu";
    }
}
