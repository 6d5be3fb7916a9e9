using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Files;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;

namespace Portal.App.Features.Operations;

/// <summary>Where backups go, and how many the scheduled job keeps (issue 17; Huế 53 Điều 9.1c, Huế 71 Điều 8.3d).</summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>The folder of the archives; by default App_Data/backups under the content root.</summary>
    public string? Folder { get; set; }
    /// <summary>Whether the nightly job runs (02:30 by default).</summary>
    public bool Enabled { get; set; } = true;
    [System.ComponentModel.DataAnnotations.Range(0, 23, ErrorMessage = "Backup:Hour phải từ 0 đến 23.")]
    public int Hour { get; set; } = 2;
    [System.ComponentModel.DataAnnotations.Range(0, 59, ErrorMessage = "Backup:Minute phải từ 0 đến 59.")]
    public int Minute { get; set; } = 30;
    /// <summary>How many archives the job keeps; older ones are deleted after a successful backup.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3650, ErrorMessage = "Backup:Keep phải từ 1 đến 3650.")]
    public int Keep { get; set; } = 14;
}

/// <summary>What a backup wrote: the archive, whether it holds the database (SQLite) and how many uploaded files.</summary>
public sealed record BackupResult(string Path, bool HasDatabase, int Files, long Bytes);

/// <summary>
/// Backups of an installation: one zip archive holding the SQLite database — copied with SQLite's online backup API, so the
/// portal keeps running — every uploaded file, and a manifest. PostgreSQL and SQL Server databases are backed up with their
/// own tools (pg_dump, BACKUP DATABASE; README): their archive holds the files and the manifest. A restore goes into an
/// empty database and an empty files folder only, and is then migrated to this build's schema.
/// </summary>
public sealed class BackupService(IDbContextFactory<PortalDbContext> dbFactory, FileStore files, IOptions<BackupOptions> options, IHostEnvironment environment,
                                  TimeProvider clock)
{
    public const string DatabaseEntry = "portal.db";
    public const string ManifestEntry = "manifest.json";
    private const string FilesPrefix = "files/";
    private const string Pattern = "portal-backup-*.zip";

    public string Folder => options.Value.Folder is { Length: > 0 } folder ? folder : Path.Combine(environment.ContentRootPath, "App_Data", "backups");

    public async Task<BackupResult> CreateAsync(string? folder = null, CancellationToken ct = default)
    {
        var target = folder is { Length: > 0 } ? folder : Folder;
        Directory.CreateDirectory(target);
        var stamp = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), VietnamTime.Zone).ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var path = Path.Combine(target, $"portal-backup-{stamp}.zip");
        for (var n = 2; File.Exists(path); n++) path = Path.Combine(target, $"portal-backup-{stamp}-{n}.zip");
        var partial = path + ".partial";
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sqlite = db.Database.IsSqlite();
        var migration = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault();
        var count = 0;
        try
        {
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                if (sqlite)
                {
                    var copy = Path.Combine(Path.GetTempPath(), $"portal-backup-{Guid.NewGuid():N}.db");
                    try
                    {
                        var source = (SqliteConnection)db.Database.GetDbConnection();
                        await source.OpenAsync(ct);
                        using (var destination = new SqliteConnection($"Data Source={copy};Pooling=False"))
                        {
                            destination.Open();
                            source.BackupDatabase(destination);
                        }
                        zip.CreateEntryFromFile(copy, DatabaseEntry, CompressionLevel.Optimal);
                    }
                    finally
                    {
                        File.Delete(copy);
                    }
                }
                if (Directory.Exists(files.Folder))
                {
                    foreach (var file in Directory.EnumerateFiles(files.Folder).Where(f => IsStoredName(Path.GetFileName(f))).Order(StringComparer.Ordinal))
                    {
                        ct.ThrowIfCancellationRequested();
                        zip.CreateEntryFromFile(file, FilesPrefix + Path.GetFileName(file), CompressionLevel.Fastest);
                        count++;
                    }
                }
                var manifest = zip.CreateEntry(ManifestEntry);
                await using var stream = manifest.Open();
                await JsonSerializer.SerializeAsync(stream, new Manifest(1, clock.GetUtcNow(), sqlite ? "Sqlite" : db.Database.ProviderName ?? "", migration, sqlite, count),
                                                    cancellationToken: ct);
            }
            File.Move(partial, path);
        }
        finally
        {
            File.Delete(partial);
        }
        return new BackupResult(path, sqlite, count, new FileInfo(path).Length);
    }

    /// <summary>Deletes the oldest archives of the folder beyond the newest <paramref name="keep"/>; how many were deleted.</summary>
    public int Prune(int keep, string? folder = null)
    {
        var target = folder is { Length: > 0 } ? folder : Folder;
        if (!Directory.Exists(target)) return 0;
        var old = Directory.EnumerateFiles(target, Pattern).Order(StringComparer.Ordinal).SkipLast(Math.Max(1, keep)).ToList();
        foreach (var file in old) File.Delete(file);
        return old.Count;
    }

    /// <summary>
    /// Restores an archive into this installation's database — SQLite only, and only while it has no table — and its files into
    /// an empty files folder. The caller migrates afterwards (an archive of an older build gets this build's schema).
    /// </summary>
    public async Task<int> RestoreAsync(string archive, CancellationToken ct = default)
    {
        if (!File.Exists(archive)) throw new DomainException($"Không tìm thấy tệp sao lưu \"{archive}\".");
        using var zip = ZipFile.OpenRead(archive);
        if (zip.GetEntry(ManifestEntry) is null) throw new DomainException("Tệp này không phải bản sao lưu của Portal (thiếu manifest.json).");
        var database = zip.GetEntry(DatabaseEntry) ?? throw new DomainException(
            "Bản sao lưu không chứa cơ sở dữ liệu: PostgreSQL và SQL Server khôi phục bằng pg_restore / RESTORE DATABASE (xem README).");
        var stored = zip.Entries.Where(e => e.FullName.StartsWith(FilesPrefix, StringComparison.Ordinal)).ToList();
        if (stored.FirstOrDefault(e => !IsStoredName(e.FullName[FilesPrefix.Length..])) is { } odd)
            throw new DomainException($"Bản sao lưu có mục không hợp lệ: {odd.FullName}.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!db.Database.IsSqlite())
            throw new DomainException("Lệnh khôi phục dành cho cơ sở dữ liệu SQLite; PostgreSQL và SQL Server khôi phục bằng công cụ của chúng (xem README).");
        var target = (SqliteConnection)db.Database.GetDbConnection();
        await target.OpenAsync(ct);
        await using (var tables = target.CreateCommand())
        {
            tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
            if (Convert.ToInt64(await tables.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0)
                throw new DomainException("Cơ sở dữ liệu đích không trống; chỉ khôi phục vào một cơ sở dữ liệu mới (chưa có bảng nào).");
        }
        if (Directory.Exists(files.Folder) && Directory.EnumerateFileSystemEntries(files.Folder).Any())
            throw new DomainException($"Thư mục tệp đính kèm \"{files.Folder}\" không trống; chỉ khôi phục vào một thư mục trống.");

        var copy = Path.Combine(Path.GetTempPath(), $"portal-restore-{Guid.NewGuid():N}.db");
        try
        {
            database.ExtractToFile(copy);
            using var source = new SqliteConnection($"Data Source={copy};Pooling=False;Mode=ReadOnly");
            source.Open();
            source.BackupDatabase(target);
        }
        finally
        {
            File.Delete(copy);
        }
        Directory.CreateDirectory(files.Folder);
        foreach (var entry in stored)
        {
            ct.ThrowIfCancellationRequested();
            entry.ExtractToFile(Path.Combine(files.Folder, entry.FullName[FilesPrefix.Length..]));
        }
        return stored.Count;
    }

    /// <summary>An upload's name in the store: its id in 32 hexadecimal digits (nothing else is taken from or into an archive).</summary>
    private static bool IsStoredName(string name) => name.Length == 32 && name.All(Uri.IsHexDigit);

    private sealed record Manifest(int Format, DateTimeOffset CreatedAt, string Provider, string? Migration, bool HasDatabase, int Files);
}
