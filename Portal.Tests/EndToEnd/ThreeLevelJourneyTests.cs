using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// A task run three levels down and confirmed level by level (Huế 53 Điều 1–2, issue 14 item 1), in Chromium: the Office
/// → Sở Tài chính → its Văn phòng → a specialist; the division's report goes up to the department's leader, who confirms
/// it, and the department's answer to the Office, whose tracker confirms it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ThreeLevelJourneyTests(PortalAppFixture app)
{
    [Fact]
    public async Task The_Office_a_department_its_division_and_a_specialist_each_confirm_the_level_below()
    {
        var marker = $"Ba cấp {Guid.NewGuid():N}"[..32];
        var trackerName = await app.NameOfAsync("theodoi");
        var specialistName = await app.NameOfAsync("chuyenvien");
        var clerk = await app.SignInAsync("vanthu");
        var taskUrl = await PortalAppFixture.RegisterTaskAsync(clerk, marker, "Sở Tài chính", trackerName);

        // The department's leader hands the task to its Văn phòng, found by typing in the picker.
        var department = await app.SignInAsync("giamdoc");
        await PortalAppFixture.GoAsync(department, taskUrl);
        await department.Locator("#action-delegate").ClickAsync();
        await department.GetByText("Giao đơn vị trực thuộc").ClickAsync();
        await PortalAppFixture.PickAsync(department, "delegate-unit", "Văn phòng", typed: "van phong");
        await department.Locator("#action-submit").ClickAsync();
        await Expect(department.Locator("#task-state")).ToHaveTextAsync("Đang xử lý");

        // The division's leader finds the sub-task on the desk and hands it to the specialist.
        var division = await app.SignInAsync("chanhvanphongso");
        var subTask = division.Locator("#desk-New .desk-task").Filter(new() { HasText = marker });
        await Expect(subTask).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await subTask.ClickAsync();
        await division.Locator("#interactive-ready").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        var subUrl = division.Url;
        Assert.NotEqual(taskUrl, subUrl);
        await division.Locator("#action-delegate").ClickAsync();
        await PortalAppFixture.PickAsync(division, "delegate-person", specialistName);
        await division.Locator("#action-submit").ClickAsync();
        await Expect(division.Locator("#task-assignee")).ToHaveTextAsync(specialistName);

        // The specialist drafts; the division's leader approves and sends it up to the department.
        var specialist = await app.SignInAsync("chuyenvien");
        await PortalAppFixture.GoAsync(specialist, subUrl);
        await specialist.Locator("#action-draft").ClickAsync();
        await specialist.Locator("#report-content").FillAsync("Văn phòng Sở đã rà soát xong, kết quả tại văn bản kèm theo.");
        await specialist.Locator("#action-submit").ClickAsync();
        await Expect(specialist.Locator("#task-state")).ToHaveTextAsync("Dự thảo chờ lãnh đạo đơn vị duyệt");
        await PortalAppFixture.GoAsync(division, subUrl);
        await division.Locator("#action-approve").ClickAsync();
        await division.Locator("#action-submit").ClickAsync();
        await Expect(division.Locator("#task-state")).ToHaveTextAsync("Đã gửi báo cáo, chờ xác nhận");
        await Expect(division.Locator("#action-accept")).ToHaveCountAsync(0);

        // The department's leader assigned the sub-task: they confirm it, and the report comes up as the department's draft.
        await PortalAppFixture.GoAsync(department, subUrl);
        await department.Locator("#action-accept").ClickAsync();
        await department.Locator("#action-submit").ClickAsync();
        await Expect(department.Locator("#task-status")).ToHaveTextAsync("Đã hoàn thành – trong hạn");
        await PortalAppFixture.GoAsync(department, taskUrl);
        await Expect(department.Locator("#task-state")).ToHaveTextAsync("Dự thảo chờ lãnh đạo đơn vị duyệt");
        await department.Locator("#action-approve").ClickAsync();
        await department.Locator("#action-submit").ClickAsync();
        await Expect(department.Locator("#task-state")).ToHaveTextAsync("Đã gửi báo cáo, chờ xác nhận");
        await Expect(department.Locator("#action-accept")).ToHaveCountAsync(0);

        // The Office's tracker confirms the department's answer.
        var office = await app.SignInAsync("theodoi");
        await PortalAppFixture.GoAsync(office, taskUrl);
        await office.Locator("#action-accept").ClickAsync();
        await office.Locator("#action-submit").ClickAsync();
        await Expect(office.Locator("#task-status")).ToHaveTextAsync("Đã hoàn thành – trong hạn");
        await PortalAppFixture.ShotAsync(office, "three-level-completed");
    }
}
