using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Portal.App.Features.Files;
using Portal.App.Features.Operations;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>
/// Backups (issue 17): an archive of the SQLite database (copied online) and the uploaded files; the installation destroyed and
/// restored into an empty database and files folder finds every task, history row and file; a restore over data is refused;
/// the nightly job's retention keeps the newest archives.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"portal-backup-test-{Guid.NewGuid():N}");
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.At(2026, 12, 4, 2, 30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private sealed class FileDatabase(string path) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() =>
            new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
    }

    private FileStore Store(string files) =>
        new(Options.Create(new FilesOptions { Folder = files }), new HostingEnvironment { ContentRootPath = _folder }, _clock);

    private BackupService Backups(string database, string files) =>
        new(new FileDatabase(database), Store(files), Options.Create(new BackupOptions { Folder = Path.Combine(_folder, "backups") }),
            new HostingEnvironment { ContentRootPath = _folder }, _clock);

    private static async Task<(int Tasks, int History, int Files, string[] Hashes)> CountAsync(string database)
    {
        await using var db = new FileDatabase(database).CreateDbContext();
        return (await db.CaseTasks.CountAsync(Ct), await db.TaskHistory.CountAsync(Ct), await db.Files.CountAsync(Ct),
                [.. (await db.Files.Select(f => f.Sha256).ToListAsync(Ct)).Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public async Task An_installation_backed_up_destroyed_and_restored_into_an_empty_database_finds_every_task_history_row_and_file()
    {
        var database = Path.Combine(_folder, "portal.db");
        var files = Path.Combine(_folder, "files");
        Directory.CreateDirectory(_folder);
        await using (var db = new FileDatabase(database).CreateDbContext())
        {
            await db.Database.MigrateAsync(Ct);
            var data = await SampleData.SeedAsync(db);
            var document = data.NewDocument();
            db.DirectiveDocuments.Add(document);
            await db.SaveChangesAsync(Ct);
            for (var i = 0; i < 3; i++)
                db.CaseTasks.Add(data.NewTask(document, i % 2 == 0 ? data.Finance : data.Health, _clock.GetUtcNow(), new DateOnly(2026, 12, 20), $"Nhiệm vụ số {i + 1}"));
            foreach (var name in new[] { "bao-cao.pdf", "phu-luc.pdf" })
                db.Files.Add(await Store(files).SaveAsync(new MemoryStream(System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n{name}\n")), name, data.Tracker.Id, Ct));
            await db.SaveChangesAsync(Ct);
        }
        var before = await CountAsync(database);
        Assert.Equal((3, 2), (before.Tasks, before.Files));
        Assert.True(before.History >= 3);

        var backup = await Backups(database, files).CreateAsync(ct: Ct);
        Assert.Equal((true, 2), (backup.HasDatabase, backup.Files));
        Assert.Equal("portal-backup-20261204-023000.zip", Path.GetFileName(backup.Path));

        // The server is lost: its database and its files.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(database);
        Directory.Delete(files, recursive: true);

        var restoredDatabase = Path.Combine(_folder, "restored.db");
        var restoredFiles = Path.Combine(_folder, "restored-files");
        var service = Backups(restoredDatabase, restoredFiles);
        Assert.Equal(2, await service.RestoreAsync(backup.Path, Ct));
        await using (var db = new FileDatabase(restoredDatabase).CreateDbContext())
        {
            await db.Database.MigrateAsync(Ct);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        }
        var after = await CountAsync(restoredDatabase);
        Assert.Equal((before.Tasks, before.History, before.Files), (after.Tasks, after.History, after.Files));
        Assert.Equal(before.Hashes, after.Hashes);
        // Every file is back, byte for byte, under its id.
        await using (var db = new FileDatabase(restoredDatabase).CreateDbContext())
        {
            foreach (var file in await db.Files.ToListAsync(Ct))
            {
                await using var content = Store(restoredFiles).Open(file);
                using var sha = System.Security.Cryptography.SHA256.Create();
                Assert.Equal(file.Sha256, Convert.ToHexStringLower(await sha.ComputeHashAsync(content, Ct)));
            }
        }

        // A restore over data is refused and changes nothing.
        var refused = await Assert.ThrowsAsync<DomainException>(() => service.RestoreAsync(backup.Path, Ct));
        Assert.Contains("không trống", refused.Message);
        Assert.Equal(after.Tasks, (await CountAsync(restoredDatabase)).Tasks);
        await Assert.ThrowsAsync<DomainException>(() => service.RestoreAsync(Path.Combine(_folder, "khong-co.zip"), Ct));
    }

    [Fact]
    public async Task The_retention_keeps_the_newest_archives_and_deletes_the_older_ones()
    {
        var database = Path.Combine(_folder, "portal.db");
        Directory.CreateDirectory(_folder);
        await using (var db = new FileDatabase(database).CreateDbContext())
            await db.Database.MigrateAsync(Ct);
        var service = Backups(database, Path.Combine(_folder, "files"));
        var made = new List<string>();
        for (var day = 0; day < 4; day++)
        {
            made.Add(Path.GetFileName((await service.CreateAsync(ct: Ct)).Path));
            _clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(2, service.Prune(keep: 2));

        Assert.Equal(made[2..], Directory.EnumerateFiles(service.Folder, "*.zip").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
