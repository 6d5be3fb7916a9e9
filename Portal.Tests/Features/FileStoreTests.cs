using Microsoft.Extensions.Hosting.Internal;
using Portal.App.Features.Files;
using Portal.Domain;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Features;

public sealed class FileStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"portal-files-{Guid.NewGuid():N}");
    private readonly FileStore _store;

    public FileStoreTests()
    {
        _store = new FileStore(Microsoft.Extensions.Options.Options.Create(new Portal.App.Infrastructure.FilesOptions { Folder = _folder }),
                               new HostingEnvironment { ContentRootPath = Path.GetTempPath() }, TestClock.At(2026, 11, 26));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_renamed_executable_with_a_pdf_name_is_refused_and_nothing_is_stored()
    {
        var executable = new MemoryStream([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]);

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.SaveAsync(executable, "baocao.pdf", 1, TestContext.Current.CancellationToken));

        Assert.Contains("PDF", error.Message);
        Assert.False(Directory.Exists(_folder) && Directory.EnumerateFiles(_folder).Any());
    }

    [Fact]
    public async Task A_path_traversal_name_is_harmless_and_the_file_is_kept_under_a_generated_name()
    {
        var pdf = new MemoryStream("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"u8.ToArray());

        var stored = await _store.SaveAsync(pdf, "../../etc/cron.d/baocao.pdf", 1, TestContext.Current.CancellationToken);

        Assert.Equal("baocao.pdf", stored.FileName);
        Assert.Equal("application/pdf", stored.ContentType);
        var file = Assert.Single(Directory.EnumerateFiles(_folder));
        Assert.Equal(stored.Id.ToString("N"), Path.GetFileName(file));
        Assert.Equal(64, stored.Sha256.Length);
    }

    [Fact]
    public async Task Office_documents_are_recognised_by_their_content()
    {
        var docx = new MemoryStream([.. "PK\u0003\u0004"u8.ToArray(), .. "[Content_Types].xml word/document.xml"u8.ToArray()]);

        var stored = await _store.SaveAsync(docx, "bao-cao.docx", 1, TestContext.Current.CancellationToken);

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", stored.ContentType);
    }

    [Theory]
    [InlineData("baocao.bat", "baocao.pdf")]
    [InlineData("baocao.html", "baocao.pdf")]
    [InlineData("bao cao quy IV.PDF", "bao cao quy IV.pdf")]
    [InlineData("khong-duoi", "khong-duoi.pdf")]
    public async Task A_pdf_is_served_with_the_extension_of_its_content_and_keeps_its_name_for_display(string uploaded, string served)
    {
        var pdf = new MemoryStream("%PDF-1.7\n1 0 obj\n"u8.ToArray());

        var stored = await _store.SaveAsync(pdf, uploaded, 1, TestContext.Current.CancellationToken);

        Assert.Equal(uploaded, stored.FileName);
        Assert.Equal(served, stored.DownloadName);
    }

    [Theory]
    [InlineData("hoso\u202Efdp.exe")]
    [InlineData("bao\u0000cao.pdf")]
    [InlineData("bao\u2066cao.pdf")]
    [InlineData("bao\ncao.pdf")]
    public async Task A_name_with_a_control_or_a_bidirectional_override_is_refused_and_nothing_is_stored(string uploaded)
    {
        var pdf = new MemoryStream("%PDF-1.7\n1 0 obj\n"u8.ToArray());

        var error = await Assert.ThrowsAsync<DomainException>(() => _store.SaveAsync(pdf, uploaded, 1, TestContext.Current.CancellationToken));

        Assert.Contains("ký tự điều khiển", error.Message);
        Assert.False(Directory.Exists(_folder) && Directory.EnumerateFiles(_folder).Any());
    }
}
