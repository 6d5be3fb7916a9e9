namespace Portal.Domain.Files;

/// <summary>An uploaded file (signed document, report attachment), stored outside the web root under a generated name.</summary>
public sealed class StoredFile
{
    public const int FileNameMaxLength = 255;

    private StoredFile() { }

    public StoredFile(Guid id, string fileName, string contentType, long size, string sha256, DateTimeOffset uploadedAt, int? uploadedById)
    {
        Id = id;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
        UploadedById = uploadedById;
    }

    public Guid Id { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public int? UploadedById { get; private set; }
}
