using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Portal.App.Features.Questions;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Questions;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>
/// Citizens' questions (Huế 53 Phụ lục V, issue 15) through the real services on both providers: the portal's API intake
/// (idempotent by externalId), the editors' acceptance or refusal, the Office leader's routing (the editors only where the
/// Office delegated it), the provincial leader's opinion, the forwarding as a case on the engine due in 5/10 working days,
/// and publication only after the unit leader's approval and the Office specialist's confirmation — then correction as a
/// new version and withdrawal with a reason; the public never sees the asker's contact data.
/// </summary>
public abstract class QuestionServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    // Thursday 15/10/2026, 09:30.
    private readonly FakeTimeProvider _clock = TestClock.At(2026, 10, 15, 9, 30);
    private TestDatabase _database = null!;
    private SampleData _data = null!;
    private QuestionService _questions = null!;
    private PublicAnswerService _public = null!;
    private ApiKeyService _keys = null!;
    private TaskWorkflowService _workflow = null!;
    private Person _editor = null!;
    private Person _officeLeader = null!;
    private Actor _editorUser = null!;
    private Actor _officeLeaderUser = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Actor Tracker => new Actor("u-tracker", _data.Tracker.FullName, _data.Tracker.Id, _data.Office.Id, new HashSet<string> { PortalRoles.TrackingSpecialist }).Signed();
    private Actor Chairman => new Actor("u-chairman", _data.Chairman.FullName, _data.Chairman.Id, _data.Province.Id, new HashSet<string> { PortalRoles.ProvincialLeader }).Signed();
    private Actor FinanceLeader => new Actor("u-leader", _data.FinanceLeader.FullName, _data.FinanceLeader.Id, _data.Finance.Id, new HashSet<string> { PortalRoles.UnitLeader }).Signed();
    private Actor FinanceSpecialist => new Actor("u-spec", _data.FinanceSpecialist.FullName, _data.FinanceSpecialist.Id, _data.Finance.Id, new HashSet<string> { PortalRoles.UnitSpecialist }).Signed();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await using (var db = _database.CreateDbContext())
        {
            db.CalendarDays.AddRange(OfficialSchedules.For(2026).Select(e => new CalendarDay(e.Date, e.Kind, e.Name)));
            _data = await SampleData.SeedAsync(db);
            await _data.SeedAccountsAsync(db);
            _editor = new Person("Lý Thị Biên Tập", _data.Office.Id, "Biên tập viên");
            _officeLeader = new Person("Đỗ Văn Chánh", _data.Office.Id, "Chánh Văn phòng");
            db.People.AddRange(_editor, _officeLeader);
            await db.SaveChangesAsync(Ct);
            var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, Ct);
            foreach (var (name, person, role) in new[] { ("editor", _editor, PortalRoles.Editor), ("office-leader", _officeLeader, PortalRoles.OfficeLeader) })
            {
                db.Users.Add(new PortalUser
                {
                    Id = name,
                    UserName = name,
                    NormalizedUserName = name.ToUpperInvariant(),
                    DisplayName = person.FullName,
                    PersonId = person.Id,
                    UnitId = _data.Office.Id,
                    SecurityStamp = TestAccounts.Stamp,
                });
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = name, RoleId = roles[role].Id });
            }
            await db.SaveChangesAsync(Ct);
        }
        await TestAccounts.AddAsync(_database, "u-tracker", "u-chairman", "u-leader", "u-spec");
        _editorUser = new Actor("editor", _editor.FullName, _editor.Id, _data.Office.Id, new HashSet<string> { PortalRoles.Editor }).Signed();
        _officeLeaderUser = new Actor("office-leader", _officeLeader.FullName, _officeLeader.Id, _data.Office.Id, new HashSet<string> { PortalRoles.OfficeLeader }).Signed();
        Build(new QuestionsOptions());
    }

    private void Build(QuestionsOptions options)
    {
        var tree = new UnitTreeCache(_database);
        var calendars = new CalendarCache(_database, tree);
        var notifier = new TaskNotifier(NullLogger<TaskNotifier>.Instance);
        var cache = new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider().GetRequiredService<IOutputCacheStore>();
        _questions = new QuestionService(_database, tree, calendars, _clock, notifier, Microsoft.Extensions.Options.Options.Create(options), cache);
        _public = new PublicAnswerService(_database, Microsoft.Extensions.Options.Options.Create(options));
        _keys = new ApiKeyService(_database, tree, _clock);
        _workflow = new TaskWorkflowService(_database, _clock, calendars, tree, notifier, TestOptions.RuleProfiles(_database), [new QuestionPublisher(cache)]);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static QuestionInput Input(string title = "Hỏi về thủ tục cấp giấy phép xây dựng", string content = "Xin hỏi hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ gồm những gì?") =>
        new("Nguyễn Văn Hỏi", "hoi.nguyen@example.vn", "0905 123 456", "12 Lê Lợi, phường Thuận Hóa", title, content, DocumentField.KinhTe);

    private async Task<ApiClient> ClientAsync()
    {
        var created = await _keys.CreateAsync("kiểm thử", "Cổng thông tin điện tử", [ApiKey.QuestionsScope], null, Ct);
        var found = await _keys.AuthenticateAsync(created.Key, Ct);
        Assert.NotNull(found);
        return found.Value.Client;
    }

    private async Task<int> VersionAsync(int questionId)
    {
        await using var db = _database.CreateDbContext();
        return await db.CitizenQuestions.Where(q => q.Id == questionId).Select(q => EF.Property<int>(q, PortalDbContext.VersionProperty)).SingleAsync(Ct);
    }

    private async Task<(CaseTask Task, int Version)> CaseAsync(int caseId)
    {
        await using var db = _database.CreateDbContext();
        var task = await db.CaseTasks.AsNoTracking().SingleAsync(t => t.Id == caseId, Ct);
        var version = await db.CaseTasks.Where(t => t.Id == caseId).Select(t => EF.Property<int>(t, PortalDbContext.VersionProperty)).SingleAsync(Ct);
        return (task, version);
    }

    /// <summary>A question from the portal, accepted and routed to the Office's tracker.</summary>
    private async Task<int> RoutedQuestionAsync(string externalId = "cong-1")
    {
        var (id, _, _) = await _questions.SubmitAsync(await ClientAsync(), externalId, Input(), Ct);
        await _questions.AcceptAsync(_editorUser, [id], Ct);
        await _questions.RouteAsync(_officeLeaderUser, id, await VersionAsync(id), _data.Tracker.Id, "Đề nghị Sở Tài chính trả lời", null, Ct);
        return id;
    }

    [Fact]
    public async Task A_question_sent_again_with_the_same_external_id_is_the_same_question_and_a_bad_one_names_each_field()
    {
        var client = await ClientAsync();
        var first = await _questions.SubmitAsync(client, "cong-42", Input(), Ct);
        var again = await _questions.SubmitAsync(client, "cong-42", Input(title: "Tiêu đề khác"), Ct);

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal((first.Id, first.TrackingCode), (again.Id, again.TrackingCode));
        Assert.True(CitizenQuestion.IsTrackingCode(first.TrackingCode));
        await using (var db = _database.CreateDbContext())
            Assert.Equal(1, await db.CitizenQuestions.CountAsync(Ct));
        var state = await _public.ByCodeAsync(first.TrackingCode.ToLowerInvariant(), Ct);
        Assert.Equal(QuestionPublicState.Received, state!.State);

        var errors = new QuestionInput("", "không-phải-thư", "12ab", null, "", new string('x', QuestionInput.ContentMaxLength + 1), null).Errors();
        Assert.Equal(["askerEmail", "askerName", "askerPhone", "content", "title"], errors.Keys.Order());
        await Assert.ThrowsAsync<DomainException>(() => _questions.SubmitAsync(client, "cong-43", new QuestionInput("A", null, null, null, "", "Nội dung", null), Ct));
        await using (var db = _database.CreateDbContext())
            Assert.Equal(1, await db.CitizenQuestions.CountAsync(Ct));
    }

    [Fact]
    public async Task A_question_goes_from_the_portal_to_the_units_and_its_answer_is_published_only_after_approval_and_review()
    {
        var id = await RoutedQuestionAsync();
        var detail = (await _questions.GetAsync(Tracker, id, Ct))!;
        Assert.True(detail.MayForward);
        Assert.Equal(_data.Tracker.Id, detail.SpecialistId);

        // The specialist asks the Chairman first; the question is not forwarded before the opinion comes.
        await _questions.AskOpinionAsync(Tracker, id, await VersionAsync(id), _data.Chairman.Id, "Xin ý kiến về việc giao Sở Tài chính chủ trì", Ct);
        await Assert.ThrowsAsync<DomainException>(async () => await _questions.ForwardAsync(Tracker, id, await VersionAsync(id), new QuestionForwarding { LeadUnitId = _data.Finance.Id }, Ct));
        await Assert.ThrowsAsync<DomainException>(async () => await _questions.GiveOpinionAsync(Tracker with { Roles = new HashSet<string> { PortalRoles.ProvincialLeader } }, id, await VersionAsync(id), "Đồng ý", Ct));
        await _questions.GiveOpinionAsync(Chairman, id, await VersionAsync(id), "Đồng ý, Sở Tài chính chủ trì, Sở Y tế phối hợp", Ct);

        var caseId = await _questions.ForwardAsync(Tracker, id, await VersionAsync(id),
            new QuestionForwarding { LeadUnitId = _data.Finance.Id, CoordinatingUnitIds = [_data.Health.Id], Note = "Trả lời trước hạn" }, Ct);
        var (task, version) = await CaseAsync(caseId);
        Assert.Equal(CaseKind.CitizenQuestion, task.Kind);
        Assert.Equal(id, task.QuestionId);
        Assert.Equal(_data.Tracker.Id, task.TrackingSpecialistId);
        Assert.Equal(_data.Chairman.Id, task.TrackingLeaderId);
        // Five working days from Thursday 15/10/2026: 16, 19, 20, 21, 22.
        Assert.Equal(new DateOnly(2026, 10, 22), task.EffectiveDeadline);
        Assert.Contains("Ý kiến lãnh đạo UBND tỉnh: Đồng ý", task.Content);
        Assert.Equal(QuestionPublicState.BeingAnswered, (await _public.ByCodeAsync(detail.TrackingCode, Ct))!.State);

        // The engine: the unit's leader delegates, the specialist drafts, the leader approves; the Office's specialist confirms.
        _clock.Advance(TimeSpan.FromHours(1));
        await _workflow.ReceiveAsync(FinanceLeader, caseId, version, Ct);
        await _workflow.DelegateAsync(FinanceLeader, caseId, (await CaseAsync(caseId)).Version, _data.FinanceSpecialist.Id, [], null, Ct);
        await _workflow.SubmitDraftAsync(FinanceSpecialist, caseId, (await CaseAsync(caseId)).Version,
            new ReportDraft("Hồ sơ gồm đơn đề nghị, bản sao giấy tờ về quyền sử dụng đất và bản vẽ thiết kế."), Ct);
        await Assert.ThrowsAsync<DomainException>(async () => await _workflow.PublishAsync(Tracker, caseId, (await CaseAsync(caseId)).Version, Ct));
        await _workflow.ApproveAsync(FinanceLeader, caseId, (await CaseAsync(caseId)).Version, null, Ct);
        await Assert.ThrowsAsync<DomainException>(async () => await _workflow.PublishAsync(Tracker, caseId, (await CaseAsync(caseId)).Version, Ct));
        Assert.Equal(0, (await _public.AnswersAsync(null, 1, 20, Ct)).Total);
        await _workflow.ConfirmAsync(Tracker, caseId, (await CaseAsync(caseId)).Version, ReviewDecision.Accepted, null, Ct);
        Assert.Equal(0, (await _public.AnswersAsync(null, 1, 20, Ct)).Total);
        await _workflow.PublishAsync(Tracker, caseId, (await CaseAsync(caseId)).Version, Ct);

        var published = await _public.AnswersAsync("giay phep XAY DUNG", 1, 20, Ct);
        var answer = Assert.Single(published.Rows);
        Assert.Equal(("Hồ sơ gồm đơn đề nghị, bản sao giấy tờ về quyền sử dụng đất và bản vẽ thiết kế.", "Sở Tài chính", 1),
                     (answer.Answer, answer.AnsweringUnit, answer.Version));
        var shown = await _public.ByCodeAsync(detail.TrackingCode, Ct);
        Assert.Equal(QuestionPublicState.Answered, shown!.State);
        Assert.Null(shown.ApprovedBy);
        var json = JsonSerializer.Serialize(new object[] { published, shown, QuestionStatus.From(shown) });
        foreach (var contact in new[] { "hoi.nguyen@example.vn", "0905 123 456", "12 Lê Lợi" }) Assert.DoesNotContain(contact, json);
        Assert.DoesNotContain(_data.Tracker.FullName, json);
        Assert.Equal(0, (await _public.AnswersAsync("khong co tu nay", 1, 20, Ct)).Total);
    }

    [Fact]
    public async Task The_Office_corrects_a_published_answer_as_a_new_version_and_withdraws_it_with_a_reason()
    {
        var id = await PublishedAsync();
        var code = (await _questions.GetAsync(Tracker, id, Ct))!.TrackingCode;

        await Assert.ThrowsAsync<ForbiddenException>(() => _questions.CorrectAnswerAsync(FinanceLeader, id, 0, "Khác", "Sai", Ct));
        await Assert.ThrowsAsync<DomainException>(async () => await _questions.CorrectAnswerAsync(_officeLeaderUser, id, await VersionAsync(id), "Nội dung mới", "  ", Ct));
        await _questions.CorrectAnswerAsync(_officeLeaderUser, id, await VersionAsync(id), "Hồ sơ gồm đơn đề nghị và bản vẽ thiết kế (đã đính chính).", "Bổ sung thành phần hồ sơ", Ct);
        var corrected = (await _public.ByCodeAsync(code, Ct))!.Answer!;
        Assert.Equal((2, "Hồ sơ gồm đơn đề nghị và bản vẽ thiết kế (đã đính chính)."), (corrected.Version, corrected.Answer));
        var detail = (await _questions.GetAsync(Tracker, id, Ct))!;
        Assert.Equal([2, 1], detail.Answers.Select(a => a.Version));
        Assert.Equal("Bổ sung thành phần hồ sơ", detail.Answers[0].Note);

        await _questions.WithdrawAnswerAsync(Tracker, id, await VersionAsync(id), "Đang rà soát lại căn cứ pháp lý", Ct);
        Assert.Equal(0, (await _public.AnswersAsync(null, 1, 20, Ct)).Total);
        var withdrawn = (await _public.ByCodeAsync(code, Ct))!;
        Assert.Equal(QuestionPublicState.Withdrawn, withdrawn.State);
        Assert.Null(withdrawn.Answer);
        await Assert.ThrowsAsync<DomainException>(async () => await _questions.WithdrawAnswerAsync(Tracker, id, await VersionAsync(id), "Lại", Ct));
        Assert.Equal(2, (await _questions.GetAsync(Tracker, id, Ct))!.Answers.Count);
    }

    [Fact]
    public async Task Routing_is_the_Office_leaders_and_the_editors_only_where_the_Office_delegated_it()
    {
        var (id, _, _) = await _questions.SubmitAsync(await ClientAsync(), "cong-7", Input(), Ct);
        await Assert.ThrowsAsync<DomainException>(async () => await _questions.RouteAsync(_officeLeaderUser, id, await VersionAsync(id), _data.Tracker.Id, null, null, Ct));
        await _questions.AcceptAsync(_editorUser, [id], Ct);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await _questions.RouteAsync(_editorUser, id, await VersionAsync(id), _data.Tracker.Id, null, null, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await _questions.RouteAsync(Tracker, id, await VersionAsync(id), _data.Tracker.Id, null, null, Ct));
        // A unit's leader may not be the Office's specialist of the field.
        await Assert.ThrowsAsync<DomainException>(async () => await _questions.RouteAsync(_officeLeaderUser, id, await VersionAsync(id), _data.FinanceLeader.Id, null, null, Ct));

        Build(new QuestionsOptions { EditorsRoute = true });
        await _questions.RouteAsync(_editorUser, id, await VersionAsync(id), _data.Tracker.Id, "Chuyển chuyên viên kinh tế", null, Ct);
        Assert.Equal(QuestionStage.Routed, (await _questions.GetAsync(Tracker, id, Ct))!.Stage);
        await using var db = _database.CreateDbContext();
        Assert.True(await db.Notifications.AnyAsync(n => n.RecipientId == _data.Tracker.Id && n.QuestionId == id, Ct));
    }

    [Fact]
    public async Task A_refused_question_shows_its_reason_to_the_asker_and_goes_no_further()
    {
        var (id, code, _) = await _questions.SubmitAsync(await ClientAsync(), "spam-1", Input(title: "Quảng cáo", content: "Mua hàng giá rẻ"), Ct);
        await Assert.ThrowsAsync<DomainException>(async () => await _questions.RefuseAsync(_editorUser, id, await VersionAsync(id), " ", Ct));
        await _questions.RefuseAsync(_editorUser, id, await VersionAsync(id), "Nội dung quảng cáo, không thuộc phạm vi trả lời", Ct);

        var shown = (await _public.ByCodeAsync(code, Ct))!;
        Assert.Equal((QuestionPublicState.Refused, "Nội dung quảng cáo, không thuộc phạm vi trả lời"), (shown.State, shown.RefusalReason));
        await Assert.ThrowsAsync<DomainException>(() => _questions.AcceptAsync(_editorUser, [id], Ct));
        await Assert.ThrowsAsync<DomainException>(async () => await _questions.RouteAsync(_officeLeaderUser, id, await VersionAsync(id), _data.Tracker.Id, null, null, Ct));
        var refused = await _questions.ListAsync(_editorUser, new QuestionQuery(QuestionStage.Refused), Ct);
        Assert.Equal([id], refused.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task The_batches_tell_the_editors_and_the_Office_leader_once_what_waits_for_them()
    {
        var client = await ClientAsync();
        await _questions.SubmitAsync(client, "b-1", Input(), Ct);
        // 09:30: the 10:00 batch has not come yet.
        Assert.Equal(0, await _questions.AnnounceBatchesAsync(Ct));
        _clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1, await _questions.AnnounceBatchesAsync(Ct));
        Assert.Equal(0, await _questions.AnnounceBatchesAsync(Ct));
        var row = Assert.Single((await _questions.ListAsync(_editorUser, new QuestionQuery(QuestionStage.Received), Ct)).Rows);
        Assert.Equal(VietnamTime.At(new DateOnly(2026, 10, 15), new TimeOnly(10, 0)), row.Batch);

        await _questions.AcceptAsync(_editorUser, [row.Id], Ct);
        _clock.Advance(TimeSpan.FromHours(4));
        // 14:01: the routing batch of 14:00 holds it; the Office leader is told.
        Assert.Equal(1, await _questions.AnnounceBatchesAsync(Ct));
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.RecipientId == _officeLeader.Id && n.Kind == Portal.Domain.Notifications.NotificationKind.QuestionsToRoute, Ct));
    }

    [Fact]
    public async Task A_revoked_or_unknown_key_signs_in_nothing()
    {
        var created = await _keys.CreateAsync("kiểm thử", "Cổng", [ApiKey.QuestionsScope], null, Ct);
        Assert.NotNull(await _keys.AuthenticateAsync(created.Key, Ct));
        Assert.Null(await _keys.AuthenticateAsync(created.Key + "x", Ct));
        Assert.Null(await _keys.AuthenticateAsync("pk_" + new string('a', 200), Ct));
        await using (var db = _database.CreateDbContext())
        {
            var row = await db.ApiKeys.SingleAsync(Ct);
            Assert.Equal(ApiKeyService.Hash(created.Key), row.KeyHash);
            Assert.DoesNotContain(created.Key, row.KeyHash);
        }
        var admin = new Actor("u-chairman", "Quản trị", null, _data.Province.Id, new HashSet<string> { PortalRoles.Administrator }).Signed();
        await _keys.RevokeAsync(admin, created.Id, Ct);
        Assert.Null(await _keys.AuthenticateAsync(created.Key, Ct));
        await Assert.ThrowsAsync<DomainException>(() => _keys.CreateAsync("kiểm thử", "Cổng", ["everything"], null, Ct));
    }

    [Fact]
    public async Task The_report_by_unit_counts_the_questions_received_answered_on_time_and_still_pending()
    {
        await PublishedAsync();
        var pending = await RoutedQuestionAsync("pending-1");
        await _questions.ForwardAsync(Tracker, pending, await VersionAsync(pending), new QuestionForwarding { LeadUnitId = _data.Finance.Id }, Ct);
        var reports = new Portal.App.Features.Reports.KindReportService(_database, _clock);
        var period = Portal.Domain.Reports.ReportPeriod.Create(Portal.Domain.Reports.PeriodKind.Month, 2026, 10);

        var report = await reports.BuildAsync(_officeLeaderUser, CaseKind.CitizenQuestion, period, Portal.Domain.Reports.ReportScope.WithCarriedOver, Ct);
        var row = Assert.Single(report.Rows);
        Assert.Equal(("Sở Tài chính", 2, 1, 0, 1, 0), (row.UnitName, row.Received, row.CompletedOnTime, row.CompletedLate, row.PendingOnTime, row.PendingOverdue));
        Assert.Empty((await reports.BuildAsync(_officeLeaderUser, CaseKind.PressIncident, period, Portal.Domain.Reports.ReportScope.WithCarriedOver, Ct)).Rows);
        await Assert.ThrowsAsync<ForbiddenException>(() => reports.BuildAsync(FinanceSpecialist, CaseKind.CitizenQuestion, period, Portal.Domain.Reports.ReportScope.WithCarriedOver, Ct));
        var workbook = new Portal.App.Features.Reports.KindReportExporter(TestOptions.Portal()).Export(report, new DateOnly(2026, 11, 2));
        using var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(workbook));
        var cells = book.Worksheet(1).CellsUsed().Select(c => c.GetFormattedString()).ToList();
        Assert.Contains("Sở Tài chính", cells);
        Assert.Contains("TỔNG HỢP KẾT QUẢ TRẢ LỜI CÂU HỎI CỦA CÔNG DÂN", cells.Select(c => c.ToUpperInvariant()));
    }

    [Fact]
    public async Task The_desk_the_lists_and_the_overview_count_each_kind_of_case_work_separately()
    {
        var id = await RoutedQuestionAsync("desk-1");
        var caseId = await _questions.ForwardAsync(Tracker, id, await VersionAsync(id), new QuestionForwarding { LeadUnitId = _data.Finance.Id }, Ct);
        await using (var db = _database.CreateDbContext())
        {
            var document = _data.NewDocument("77");
            db.DirectiveDocuments.Add(document);
            await db.SaveChangesAsync(Ct);
            db.CaseTasks.Add(new CaseTask(document, "Nhiệm vụ chỉ đạo của Sở Tài chính", _data.Finance.Id, new DateOnly(2026, 11, 30), reportRequired: true,
                                          _clock.GetUtcNow(), _data.Tracker.Id, SampleData.Calendar)
            { TrackingSpecialistId = _data.Tracker.Id });
            await db.SaveChangesAsync(Ct);
        }
        var tree = new UnitTreeCache(_database);
        var queries = new TaskQueryService(_database, new CalendarCache(_database, tree), tree, _clock, TestOptions.Portal());
        var desk = await new Portal.App.Features.Desk.DeskService(queries).GetAsync(FinanceLeader, Ct);
        var fresh = desk.Single(s => s.View == TaskView.New);
        Assert.Equal(2, fresh.Count);
        Assert.Equal([(CaseKind.Directive, 1), (CaseKind.CitizenQuestion, 1)], fresh.ByKind.Select(k => (k.Kind, k.Count)));
        Assert.Contains(fresh.Top, r => r.Id == caseId && r.KindLabel == "Câu hỏi của công dân");

        var questionsOnly = await queries.ListAsync(FinanceLeader, new TaskFilter { View = TaskView.MyUnit, Kind = CaseKind.CitizenQuestion }, 0, 20, Ct);
        Assert.Equal([caseId], questionsOnly.Rows.Select(r => r.Id));
        var overview = await new Portal.App.Features.Dashboard.DashboardService(_database, _clock).GetAsync(_officeLeaderUser, null, Ct);
        Assert.Equal([(CaseKind.Directive, 1, 1), (CaseKind.CitizenQuestion, 1, 1)], overview.Kinds.Select(k => (k.Kind, k.Total, k.Open)));
    }

    private async Task<int> PublishedAsync()
    {
        var id = await RoutedQuestionAsync("pub-1");
        var caseId = await _questions.ForwardAsync(Tracker, id, await VersionAsync(id), new QuestionForwarding { LeadUnitId = _data.Finance.Id, Complex = true }, Ct);
        var (task, version) = await CaseAsync(caseId);
        // Ten working days when hard: 16, 19–23, 26–29 October.
        Assert.Equal(new DateOnly(2026, 10, 29), task.EffectiveDeadline);
        await _workflow.ReceiveAsync(FinanceLeader, caseId, version, Ct);
        await _workflow.DelegateAsync(FinanceLeader, caseId, (await CaseAsync(caseId)).Version, _data.FinanceSpecialist.Id, [], null, Ct);
        await _workflow.SubmitDraftAsync(FinanceSpecialist, caseId, (await CaseAsync(caseId)).Version, new ReportDraft("Hồ sơ gồm đơn đề nghị và bản vẽ thiết kế."), Ct);
        await _workflow.ApproveAsync(FinanceLeader, caseId, (await CaseAsync(caseId)).Version, null, Ct);
        await _workflow.ConfirmAsync(Tracker, caseId, (await CaseAsync(caseId)).Version, ReviewDecision.Accepted, null, Ct);
        await _workflow.PublishAsync(Tracker, caseId, (await CaseAsync(caseId)).Version, Ct);
        return id;
    }
}

public sealed class SqliteQuestionServiceTests() : QuestionServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresQuestionServiceTests() : QuestionServiceTests(DatabaseProvider.Postgres);
