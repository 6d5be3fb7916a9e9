using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Domain.Directives;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>The register of documents as the Office's clerk uses it: found without accents, opened, corrected with history.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DocumentRegisterTests(PortalAppFixture app)
{
    [Fact]
    public async Task The_clerk_finds_a_document_by_its_summary_without_accents_and_corrects_it_with_history()
    {
        // A document of its own, so other browser tests never see the change.
        var marker = $"Sổ văn bản kiểm thử {Guid.NewGuid():N}"[..36];
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var issuer = await db.Units.Where(u => u.Kind == Portal.Domain.Units.UnitKind.ProvincialCommittee).Select(u => u.Id).FirstAsync(TestContext.Current.CancellationToken);
            db.DirectiveDocuments.Add(new DirectiveDocument(DocumentType.CongVan, $"{Random.Shared.Next(10000, 99999)}", "UBND-TH", marker,
                                                            DateOnly.FromDateTime(DateTime.Today.AddDays(-3)), issuer, SecrecyLevel.None));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var page = await app.SignInAsync("vanthu");
        await PortalAppFixture.GoAsync(page, "/documents");
        await Expect(page.Locator("#document-table tbody tr").First).ToBeVisibleAsync();

        await page.Locator("#document-search").FillAsync(Portal.Domain.Text.TextFolding.Fold(marker));
        // The newest document is already on the first page: wait for the filtered list itself, a single row.
        var row = page.Locator("#document-table tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(marker);
        await row.ClickAsync();
        await Expect(page.Locator("#document-title")).ToContainTextAsync("UBND-TH");
        await page.Locator("#correct-summary").FillAsync(marker + " (đã điều chỉnh)");
        await page.Locator("#document-correct").ClickAsync();

        await Expect(page.Locator("#document-history")).ToContainTextAsync("Điều chỉnh văn bản");
        await Expect(page.Locator("#document-history")).ToContainTextAsync("(đã điều chỉnh)");
    }
}
