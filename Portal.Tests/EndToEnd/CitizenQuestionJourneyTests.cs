using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// A citizen's question in Chromium, end to end (Huế 53 Phụ lục V): the administrator gives the public portal its API key; a
/// question posted through the API is accepted by the editor, routed by the Office leader to the specialist of the field,
/// forwarded to Sở Tài chính, answered by its specialist, approved by its leader, confirmed and published by the Office's
/// specialist — and then read on /hoi-dap by an anonymous browser, without the asker's contact data.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CitizenQuestionJourneyTests(PortalAppFixture app)
{
    [Fact]
    public async Task A_question_from_the_portal_is_routed_answered_approved_reviewed_and_then_public()
    {
        var ct = TestContext.Current.CancellationToken;
        var title = $"Hỏi về hỗ trợ học phí {Guid.NewGuid():N}"[..36];
        const string answer = "Học sinh thuộc hộ nghèo được miễn học phí theo quy định hiện hành; hồ sơ nộp tại trường.";

        // The administrator creates the portal's key; it is shown once.
        var admin = await app.SignInAsync("quantri");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Khóa API" }).ClickAsync();
        await admin.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await admin.Locator("#apikey-name").FillAsync($"Cổng TTĐT {Guid.NewGuid():N}"[..20]);
        await admin.Locator("#apikey-create").ClickAsync();
        var key = (await admin.Locator("#apikey-created code").InnerTextAsync()).Trim();
        Assert.StartsWith("pk_", key);

        // The public portal sends the question.
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/questions")
        {
            Content = JsonContent.Create(new
            {
                externalId = Guid.NewGuid().ToString("N"),
                askerName = "Lê Thị Phụ Huynh",
                askerEmail = "phuhuynh@example.vn",
                askerPhone = "0935 777 888",
                title,
                content = "Con tôi thuộc hộ nghèo, có được miễn học phí không?",
                field = "VanXa"
            }),
        };
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request, ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var code = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ct)).GetProperty("trackingCode").GetString()!;

        // The editor accepts it from the intake list.
        var editor = await app.SignInAsync("bientap");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Câu hỏi của công dân" }).ClickAsync();
        await editor.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await editor.Locator("#questions-table tbody tr").Filter(new() { HasText = title }).ClickAsync();
        await editor.Locator("#question-accept").ClickAsync();
        await Expect(editor.Locator("#question-steps")).ToContainTextAsync("Ban biên tập tiếp nhận");
        var questionUrl = new Uri(editor.Url).AbsolutePath;

        // The Office leader routes it to the specialist of the field.
        var trackerName = await app.NameOfAsync("theodoi");
        var officeLeader = await app.SignInAsync("chanhvanphong");
        await PortalAppFixture.GoAsync(officeLeader, "/questions");
        await officeLeader.Locator("#questions-table tbody tr").Filter(new() { HasText = title }).ClickAsync();
        await PortalAppFixture.PickAsync(officeLeader, "route-specialist", trackerName);
        await officeLeader.Locator("#route-direction").FillAsync("Chuyển Sở Tài chính trả lời.");
        await officeLeader.Locator("#route-submit").ClickAsync();
        await Expect(officeLeader.Locator("#question-steps")).ToContainTextAsync(trackerName);

        // The specialist forwards it to Sở Tài chính: a case on the engine.
        var tracker = await app.SignInAsync("theodoi");
        await PortalAppFixture.GoAsync(tracker, questionUrl);
        await PortalAppFixture.PickAsync(tracker, "forward-lead", "Sở Tài chính", typed: "tai chinh");
        await PortalAppFixture.ShotAsync(tracker, "question-forward");
        await tracker.Locator("#forward-submit").ClickAsync();
        await Expect(tracker.Locator("#question-case")).ToBeVisibleAsync();
        await tracker.Locator("#question-case").ClickAsync();
        await tracker.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var taskUrl = new Uri(tracker.Url).AbsolutePath;

        // Sở Tài chính: the leader delegates, the specialist drafts, the leader approves.
        var specialistName = await app.NameOfAsync("chuyenvien");
        var leader = await app.SignInAsync("giamdoc");
        await PortalAppFixture.GoAsync(leader, taskUrl);
        await leader.Locator("#action-delegate").ClickAsync();
        await PortalAppFixture.PickAsync(leader, "delegate-person", specialistName);
        await leader.Locator("#action-submit").ClickAsync();
        await Expect(leader.Locator("#task-assignee")).ToHaveTextAsync(specialistName);
        var specialist = await app.SignInAsync("chuyenvien");
        await PortalAppFixture.GoAsync(specialist, taskUrl);
        await specialist.Locator("#action-draft").ClickAsync();
        await specialist.Locator("#report-content").FillAsync(answer);
        await specialist.Locator("#action-submit").ClickAsync();
        await Expect(specialist.Locator("#task-state")).ToHaveTextAsync("Dự thảo chờ lãnh đạo đơn vị duyệt");
        await Expect(leader.Locator("#action-approve")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await leader.Locator("#action-approve").ClickAsync();
        await leader.Locator("#action-submit").ClickAsync();
        await Expect(leader.Locator("#task-state")).ToHaveTextAsync("Đã gửi báo cáo, chờ xác nhận");

        // Not public before the Office's review.
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync($"/hoi-dap/{code}");
        await Expect(visitor.Locator("#public-state")).ToHaveTextAsync("Đang được trả lời");

        // The Office's specialist confirms, then publishes.
        await PortalAppFixture.GoAsync(tracker, taskUrl);
        await tracker.Locator("#action-accept").ClickAsync();
        await tracker.Locator("#action-submit").ClickAsync();
        await Expect(tracker.Locator("#task-status")).ToContainTextAsync("Đã hoàn thành");
        await tracker.Locator("#action-publish").ClickAsync();
        await Expect(tracker.Locator("#action-publish")).ToHaveCountAsync(0);

        // Anybody reads it on the public page, found by words typed without accents; no contact data.
        await visitor.GotoAsync("/hoi-dap");
        await visitor.GetByLabel("Tìm câu hỏi, câu trả lời").FillAsync("ho tro hoc phi");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(visitor.Locator("#public-state")).ToHaveTextAsync("Đã trả lời");
        await Expect(visitor.Locator("#public-answer")).ToHaveTextAsync(answer);
        await Expect(visitor.Locator("main")).ToContainTextAsync("Trả lời của Sở Tài chính");
        await PortalAppFixture.ShotAsync(visitor, "hoi-dap-answer");
        var html = await visitor.ContentAsync();
        foreach (var contact in new[] { "phuhuynh@example.vn", "0935 777 888", "Lê Thị Phụ Huynh" }) Assert.DoesNotContain(contact, html);
    }
}
