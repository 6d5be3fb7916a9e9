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

    /// <summary>
    /// The name the file is served under: the uploader's name with the extension of the type its content was found to be,
    /// so a PDF named "baocao.bat" or "baocao.html" is downloaded as "baocao.pdf" and opens as what it is.
    /// </summary>
    public string DownloadName => DownloadNameOf(FileName, ContentType);

    /// <summary>The name a file of that name and found type is served under (<see cref="DownloadName"/>).</summary>
    public static string DownloadNameOf(string fileName, string contentType)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (string.IsNullOrWhiteSpace(stem)) stem = "tep-dinh-kem";
        return stem + ExtensionOf(contentType);
    }

    public static string ExtensionOf(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "application/msword" => ".doc",
        "application/vnd.ms-excel" => ".xls",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ".docx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => ".xlsx",
        _ => ".bin",
    };
}
