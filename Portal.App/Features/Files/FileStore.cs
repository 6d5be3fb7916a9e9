using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Domain;
using Portal.Domain.Files;

namespace Portal.App.Features.Files;

/// <summary>
/// Keeps uploaded files outside the web root under generated names. The type is decided by the file's
/// content (its signature), never by its name: PDF, Word, Excel and images only, at most 20 MB.
/// </summary>
public sealed class FileStore(IOptions<FilesOptions> files, IHostEnvironment environment, TimeProvider clock)
{
    public const long MaxSize = 20 * 1024 * 1024;

    public string Folder => files.Value.Folder is { Length: > 0 } folder
        ? folder
        : Path.Combine(environment.ContentRootPath, "App_Data", "files");

    /// <summary>Reads, checks and stores an upload; the caller adds the returned entity to its context and saves.</summary>
    public async Task<StoredFile> SaveAsync(Stream content, string fileName, int? uploadedById, CancellationToken ct = default)
    {
        // The name is checked before anything is read or stored: a control or a bidirectional override makes a name read
        // as something else ("hoso\u202Efdp.exe" shows as "hosoexe.pdf").
        if (fileName.Any(Portal.Domain.Text.TextInput.IsForbiddenInLine))
            throw new DomainException("Tên tệp chứa ký tự điều khiển hoặc ký tự đảo chiều văn bản; hãy đổi tên tệp rồi tải lên lại.");
        using var buffer = new MemoryStream();
        await CopyLimitedAsync(content, buffer, ct);
        if (buffer.Length == 0) throw new DomainException("Tệp đính kèm rỗng.");
        var bytes = buffer.ToArray();
        var contentType = Sniff(bytes, fileName)
            ?? throw new DomainException("Chỉ nhận tệp PDF, Word, Excel hoặc ảnh (PNG, JPEG); nội dung tệp này không thuộc các loại đó.");
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var id = Guid.NewGuid();
        Directory.CreateDirectory(Folder);
        await File.WriteAllBytesAsync(PathOf(id), bytes, ct);
        var displayName = DisplayName(fileName);
        return new StoredFile(id, displayName, contentType, bytes.Length, hash, clock.GetUtcNow(), uploadedById);
    }

    public Stream Open(StoredFile file) => File.OpenRead(PathOf(file.Id));

    /// <summary>The name as the uploader gave it, without any folder, within the column; kept to be shown, never to be trusted.</summary>
    internal static string DisplayName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (string.IsNullOrWhiteSpace(name) || name.Trim('.').Length == 0) name = "tep-dinh-kem";
        return name.Length > StoredFile.FileNameMaxLength ? name[^StoredFile.FileNameMaxLength..] : name;
    }

    private string PathOf(Guid id) => Path.Combine(Folder, id.ToString("N"));

    private static async Task CopyLimitedAsync(Stream source, Stream target, CancellationToken ct)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, ct)) > 0)
        {
            if (target.Length + read > MaxSize) throw new DomainException("Tệp đính kèm vượt quá dung lượng cho phép (20 MB).");
            await target.WriteAsync(chunk.AsMemory(0, read), ct);
        }
    }

    internal static string? Sniff(ReadOnlySpan<byte> bytes, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (bytes.StartsWith("%PDF-"u8)) return "application/pdf";
        if (bytes.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        if (bytes.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return "image/jpeg";
        if (bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
            return extension == ".xls" ? "application/vnd.ms-excel" : "application/msword";
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            // Office Open XML is a zip holding [Content_Types].xml and a word/ or xl/ part.
            var text = System.Text.Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 64 * 1024)]);
            if (!text.Contains("[Content_Types].xml", StringComparison.Ordinal)) return null;
            if (text.Contains("word/", StringComparison.Ordinal)) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            if (text.Contains("xl/", StringComparison.Ordinal)) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            return null;
        }
        return null;
    }
}
