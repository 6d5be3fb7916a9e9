namespace Portal.App.Infrastructure;

/// <summary>The <c>Files</c> settings: where uploaded files are kept (default: <c>App_Data/files</c> under the content root).</summary>
public sealed class FilesOptions
{
    public const string Section = "Files";

    public string? Folder { get; set; }
}
