using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Portal.App.Features.Files;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Features;

public sealed class FileUploadFieldTests : ComponentTestContext
{
    private SampleData _data = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateDbContext();
        _data = await SampleData.SeedAsync(db);
    }

    [Fact]
    public void A_refused_file_leaves_nothing_attached_not_even_the_file_chosen_before_and_says_why()
    {
        SignInAs("Lê Văn Đức", _data.FinanceLeader.Id, _data.Finance.Id, PortalRoles.UnitLeader);
        Guid? attached = null;
        var field = Render<FileUploadField>(p => p.Add(x => x.FileIdChanged, id => attached = id));

        field.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary("%PDF-1.4 văn bản"u8.ToArray(), "vanban.pdf"));
        field.WaitForAssertion(() => Assert.NotNull(attached));
        field.Render(p => p.Add(x => x.FileId, attached));
        Assert.Contains("vanban.pdf", field.Markup);

        field.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("MZ không phải tài liệu", "gia-mao.pdf"));
        field.WaitForAssertion(() => Assert.Null(attached));
        field.Render(p => p.Add(x => x.FileId, attached));

        Assert.DoesNotContain("vanban.pdf", field.Markup);
        Assert.Contains("Chưa đính kèm: tệp gia-mao.pdf không được chấp nhận.", field.Find(".file-refused").TextContent);
    }
}
