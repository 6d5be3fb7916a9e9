using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Data;

namespace Portal.App.Features.Benchmarks;

/// <summary>
/// For the benchmark data generator only: writes the entities added to a context straight to their tables with
/// prepared <c>INSERT</c> commands — many rows a statement on PostgreSQL, one statement reused on SQLite — the keys
/// numbered here instead of returned row by row. EF Core's own save compiles one statement per row and reads each key
/// back; this writes the same rows, mapped by the same model (columns, owned types, value converters), two to six
/// times faster. SQLite and
/// PostgreSQL only — both accept explicit values in their identity columns; the sequences are moved past the loaded
/// rows by <see cref="FinishAsync"/>.
/// </summary>
internal sealed class BulkLoader
{
    private const int MaxParameters = 16_000;
    private readonly Dictionary<string, long> _lastKey = [];
    private readonly Dictionary<string, bool> _triggered = [];

    public static bool Supports(DatabaseFacade database) => database.IsSqlite() || database.IsNpgsql();

    /// <summary>Inserts every added entity of <paramref name="db"/> in one transaction and clears the context.</summary>
    public async Task SaveAsync(PortalDbContext db, CancellationToken ct = default)
    {
        db.ChangeTracker.DetectChanges();
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList();
        await NumberAsync(db, added, ct);

        // A row of a table is its entity and the owned entities sharing that table, joined by the shared key.
        // Rows keep the order the entities were added in (a parent task before its sub-tasks).
        var rows = new Dictionary<ITable, Dictionary<string, List<EntityEntry>>>();
        foreach (var entry in added)
        {
            var table = entry.Metadata.GetTableMappings().Single().Table;
            var key = string.Join('|', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            if (!rows.TryGetValue(table, out var byKey)) rows[table] = byKey = [];
            if (!byKey.TryGetValue(key, out var parts)) byKey[key] = parts = [];
            parts.Add(entry);
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // SQLite binds parameters by name, one search per parameter: a prepared one-row statement reused is fastest there —
        // except into a table with triggers (the letters' word index): each statement is a savepoint, at which FTS5 writes
        // what it holds, so one row a statement leaves a segment a row to merge. PostgreSQL gets many rows per statement
        // and round trip.
        var sqlite = db.Database.IsSqlite();
        foreach (var table in InsertionOrder(rows.Keys))
        {
            // A computed column (PostgreSQL's stored words of a letter) is the database's to write.
            var columns = table.Columns.Where(c => c.ComputedColumnSql is null).ToList();
            var perCommand = !sqlite ? Math.Max(1, MaxParameters / columns.Count) : await HasTriggersAsync(db, table, ct) ? Math.Max(1, 1_000 / columns.Count) : 1;
            var commands = new Dictionary<int, DbCommand>();
            try
            {
                foreach (var chunk in rows[table].Values.Chunk(perCommand))
                {
                    if (!commands.TryGetValue(chunk.Length, out var command))
                    {
                        commands[chunk.Length] = command = connection.CreateCommand();
                        command.Transaction = transaction.GetDbTransaction();
                        command.CommandText = InsertText(sql, table, columns, chunk.Length);
                    }
                    command.Parameters.Clear();
                    for (var r = 0; r < chunk.Length; r++)
                        for (var c = 0; c < columns.Count; c++)
                            command.Parameters.Add(Parameter(command, $"@p{r * columns.Count + c}", columns[c], chunk[r]));
                    await command.ExecuteNonQueryAsync(ct);
                }
            }
            finally
            {
                foreach (var command in commands.Values) await command.DisposeAsync();
            }
        }
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task<bool> HasTriggersAsync(PortalDbContext db, ITable table, CancellationToken ct)
    {
        if (!_triggered.TryGetValue(table.Name, out var has))
            _triggered[table.Name] = has = await db.Database.SqlQuery<int>(
                $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = {table.Name}").SingleAsync(ct) > 0;
        return has;
    }

    private static string InsertText(ISqlGenerationHelper sql, ITable table, List<IColumn> columns, int rowCount)
    {
        var text = new StringBuilder($"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ");
        for (var r = 0; r < rowCount; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            text.AppendJoin(", ", columns.Select((_, c) => $"@p{r * columns.Count + c}"));
            text.Append(')');
        }
        return text.ToString();
    }

    /// <summary>Moves each identity sequence past the rows loaded with explicit keys (PostgreSQL; SQLite keeps track itself).</summary>
    public async Task FinishAsync(PortalDbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsNpgsql()) return;
        foreach (var table in _lastKey.Keys)
        {
            // The table names come from the model, not from input.
            var sql = "SELECT setval(pg_get_serial_sequence('\"" + table + "\"', 'Id'), (SELECT MAX(\"Id\") FROM \"" + table + "\"))";
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
        // As autovacuum would in a running database: statistics for the planner, visibility for index-only scans.
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE", ct);
    }

    /// <summary>Gives each new entity of a table with a generated key the next number; EF Core carries it to the foreign keys.</summary>
    private async Task NumberAsync(PortalDbContext db, List<EntityEntry> added, CancellationToken ct)
    {
        foreach (var entry in added.Where(e => !e.Metadata.IsOwned()))
        {
            var key = entry.Metadata.FindPrimaryKey()!.Properties;
            if (key.Count != 1 || key[0].ClrType != typeof(int) && key[0].ClrType != typeof(long) || key[0].ValueGenerated != ValueGenerated.OnAdd) continue;
            var property = entry.Property(key[0].Name);
            if (!property.IsTemporary && Convert.ToInt64(property.CurrentValue) > 0) continue;
            var table = entry.Metadata.GetTableName()!;
            if (!_lastKey.TryGetValue(table, out var last))
            {
                var connection = db.Database.GetDbConnection();
                await using var command = connection.CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var sql = db.GetService<ISqlGenerationHelper>();
                command.CommandText = $"SELECT COALESCE(MAX({sql.DelimitIdentifier(key[0].GetColumnName())}), 0) FROM {sql.DelimitIdentifier(table)}";
                if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
                last = Convert.ToInt64(await command.ExecuteScalarAsync(ct));
            }
            _lastKey[table] = ++last;
            property.CurrentValue = Convert.ChangeType(last, key[0].ClrType, System.Globalization.CultureInfo.InvariantCulture);
            property.IsTemporary = false;
        }
    }

    private static DbParameter Parameter(DbCommand command, string name, IColumn column, List<EntityEntry> row)
    {
        foreach (var mapping in column.PropertyMappings)
        {
            var entry = row.FirstOrDefault(e => mapping.Property.DeclaringType.IsAssignableFrom(e.Metadata));
            if (entry is null) continue;
            var value = entry.Property(mapping.Property.Name).CurrentValue;
            return mapping.TypeMapping.CreateParameter(command, name, value, column.IsNullable);
        }
        // An owned entity that is absent (a task without a report yet): its columns are empty.
        return column.PropertyMappings.First().TypeMapping.CreateParameter(command, name, null, nullable: true);
    }

    /// <summary>Tables ordered so that every principal is written before the rows that refer to it.</summary>
    private static IEnumerable<ITable> InsertionOrder(IEnumerable<ITable> tables)
    {
        var pending = tables.ToList();
        var done = new HashSet<ITable>();
        while (pending.Count > 0)
        {
            var ready = pending.First(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable == t || done.Contains(fk.PrincipalTable)
                                                                             || !pending.Contains(fk.PrincipalTable)));
            pending.Remove(ready);
            done.Add(ready);
            yield return ready;
        }
    }
}
