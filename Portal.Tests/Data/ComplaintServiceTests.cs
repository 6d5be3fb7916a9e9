using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Portal.App.Features.Complaints;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Complaints;
using Portal.Domain.People;
using Portal.Domain.Security;
using Portal.Domain.Units;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>
/// Complaint letters at the intake agencies (Quyết định 1122/2017, issue 16) through the real service on both providers: the
/// look-up across every agency before entry (names without accents in any order, the ID number, strongest first), a repeat
/// letter counted on the case found at another agency, the same letter noted instead of entered twice, the statutory limit
/// to decide, classification, the refusals (a denunciation, a secret letter, another agency's letter, a unit account), and
/// the creation log and audit trail of every change.
/// </summary>
public abstract class ComplaintServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    // Thursday 15/10/2026, 09:30.
    private readonly FakeTimeProvider _clock = TestClock.At(2026, 10, 15, 9, 30);
    private TestDatabase _database = null!;
    private SampleData _data = null!;
    private ComplaintService _complaints = null!;
    private Unit _inspectorate = null!;
    private Unit _districtBoard = null!;
    private Person _inspector = null!;
    private Person _boardClerk = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Actor Inspector => new Actor("u-inspector", _inspector.FullName, _inspector.Id, _inspectorate.Id, new HashSet<string> { PortalRoles.ComplaintOfficer }).Signed();
    private Actor BoardClerk => new Actor("u-board", _boardClerk.FullName, _boardClerk.Id, _districtBoard.Id, new HashSet<string> { PortalRoles.ComplaintOfficer }).Signed();
    private Actor BoardAccount => new Actor("u-board-unit", "Ban Tiếp công dân", null, _districtBoard.Id, new HashSet<string> { PortalRoles.ComplaintOfficer }).Signed();
    private Actor Chairman => new Actor("u-chairman", _data.Chairman.FullName, _data.Chairman.Id, _data.Province.Id, new HashSet<string> { PortalRoles.ProvincialLeader }).Signed();
    private Actor Tracker => new Actor("u-tracker", _data.Tracker.FullName, _data.Tracker.Id, _data.Office.Id, new HashSet<string> { PortalRoles.TrackingSpecialist }).Signed();
    private Actor FinanceLeader => new Actor("u-leader", _data.FinanceLeader.FullName, _data.FinanceLeader.Id, _data.Finance.Id, new HashSet<string> { PortalRoles.UnitLeader }).Signed();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await using (var db = _database.CreateDbContext())
        {
            db.CalendarDays.AddRange(OfficialSchedules.For(2026).Select(e => new CalendarDay(e.Date, e.Kind, e.Name)));
            _data = await SampleData.SeedAsync(db);
            await _data.SeedAccountsAsync(db);
            _inspectorate = new Unit("Thanh tra tỉnh", "TTT", UnitKind.Department, _data.Province);
            var district = new Unit("UBND huyện Sông Cũ", "HSC", UnitKind.District, _data.Province);
            _districtBoard = new Unit("Ban Tiếp công dân huyện", "HSC-TCD", UnitKind.Division, district);
            db.Units.AddRange(_inspectorate, district, _districtBoard);
            await db.SaveChangesAsync(Ct);
            _inspector = new Person("Võ Thị Thanh Tra", _inspectorate.Id, "Thanh tra viên");
            _boardClerk = new Person("Đặng Văn Tiếp", _districtBoard.Id, "Chuyên viên");
            db.People.AddRange(_inspector, _boardClerk);
            await db.SaveChangesAsync(Ct);
        }
        await TestAccounts.AddAsync(_database, "u-inspector", "u-board", "u-board-unit", "u-chairman", "u-leader", "u-tracker");
        var tree = new UnitTreeCache(_database);
        _complaints = new ComplaintService(_database, tree, new CalendarCache(_database, tree), TestOptions.RuleProfiles(_database), _clock, new TaskNotifier(NullLogger<TaskNotifier>.Instance));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static LetterInput Letter(string name = "Nguyễn Văn A", string? id = "079123456789", string? address = "12 Lê Lợi, phường Trung Tâm",
                                      string content = "Khiếu nại quyết định thu hồi đất và mức bồi thường khi giải phóng mặt bằng dự án đường tỉnh",
                                      DateOnly? receivedOn = null, LetterContent kind = LetterContent.Complaint, bool secret = false) => new()
                                      {
                                          ReceivedOn = receivedOn ?? new DateOnly(2026, 10, 15),
                                          Channel = LetterChannel.Reception,
                                          Complainants = [new ComplainantInput(name, id, "0905 111 222", address)],
                                          Respondent = "UBND phường Trung Tâm",
                                          Content = content,
                                          Field = ComplaintField.Land,
                                          ContentKind = kind,
                                          Secret = secret,
                                      };

    private async Task<int> VersionAsync(int letterId)
    {
        await using var db = _database.CreateDbContext();
        return await db.ComplaintLetters.Where(l => l.Id == letterId).Select(l => EF.Property<int>(l, PortalDbContext.VersionProperty)).SingleAsync(Ct);
    }

    private async Task<int> LettersAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.ComplaintLetters.CountAsync(Ct);
    }

    [Fact]
    public async Task The_look_up_finds_a_complainant_by_words_typed_without_accents_in_any_order_and_by_an_ID_number_filed_by_another_agency()
    {
        var filed = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(), null, Ct);
        // Another person of the same name, another ID and address, entered later.
        var namesake = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(id: "001099000111", address: "5 Trần Phú, xã An Bình"), null, Ct);
        await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(name: "Trần Thị B", id: "079000000222", address: "40 Hùng Vương",
                                                                           content: "Kiến nghị sửa chữa đường giao thông nông thôn"), null, Ct);

        foreach (var words in new[] { "nguyen van a 12 le loi", "Lê Lợi 12 Nguyễn Văn A", "NGUYEN VAN A, 12 LE LOI" })
        {
            var matches = await _complaints.LookUpAsync(BoardClerk, new LookupQuery(Words: words), Ct);
            Assert.Equal(filed, matches[0].LetterId);
            Assert.Equal("Thanh tra tỉnh", matches[0].Agency);
            Assert.Equal(_inspector.FullName, matches[0].Handler);
            Assert.Contains(MatchReason.Name, matches[0].Reasons);
            Assert.Contains(MatchReason.Address, matches[0].Reasons);
        }

        var byId = await _complaints.LookUpAsync(BoardClerk, new LookupQuery(IdNumber: "079 123 456 789"), Ct);
        Assert.Equal(filed, Assert.Single(byId).LetterId);
        Assert.Equal([MatchReason.IdNumber], byId[0].Reasons);

        // The same name with the true ID ranks the true match first and the namesake (another ID) below it.
        var ranked = await _complaints.LookUpAsync(BoardClerk, new LookupQuery(Name: "nguyễn văn a", IdNumber: "079123456789"), Ct);
        Assert.Equal([filed, namesake], ranked.Select(m => m.LetterId).ToArray());
        Assert.True(ranked[0].Score > ranked[1].Score);

        // Similar content, without any name.
        var similar = await _complaints.LookUpAsync(BoardClerk, new LookupQuery(Content: "khiếu nại về bồi thường giải phóng mặt bằng đường tỉnh"), Ct);
        Assert.Contains(similar, m => m.LetterId == filed && m.Reasons.Contains(MatchReason.Content));
        Assert.DoesNotContain(similar, m => m.Complainants.Contains("Trần Thị B"));

        Assert.Empty(await _complaints.LookUpAsync(BoardClerk, new LookupQuery(Words: "le van khong co"), Ct));
        var empty = await Assert.ThrowsAsync<DomainException>(() => _complaints.LookUpAsync(BoardClerk, new LookupQuery(), Ct));
        Assert.Contains("ít nhất một thông tin", empty.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => _complaints.LookUpAsync(FinanceLeader, new LookupQuery(Words: "nguyen"), Ct));
        // A leader follows the province's letters.
        Assert.NotEmpty(await _complaints.LookUpAsync(Chairman, new LookupQuery(Words: "nguyen van a"), Ct));
    }

    [Fact]
    public async Task The_look_up_follows_a_corrected_letter_to_its_new_words_and_no_longer_finds_it_by_the_old_ones()
    {
        var letter = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(name: "Phạm Thị Hồng", id: null, address: "7 Nguyễn Huệ, xã Tân Phước"), null, Ct);
        Task<IReadOnlyList<LetterMatch>> Look(string words) => _complaints.LookUpAsync(BoardClerk, new LookupQuery(Words: words), Ct);
        Assert.Equal(letter, Assert.Single(await Look("tan phuoc 7")).LetterId);

        await _complaints.CorrectAsync(Inspector, letter, await VersionAsync(letter), Letter(name: "Phạm Thị Hồng", id: null, address: "9 Bạch Đằng, xã Hòa Hiệp"), Ct);

        Assert.Empty(await Look("tan phuoc 7"));
        Assert.Equal(letter, Assert.Single(await Look("Bạch Đằng 9 Hòa Hiệp")).LetterId);
        // Content matches on two of its longest words at least: one word in common is not similar content.
        Assert.Empty(await _complaints.LookUpAsync(BoardClerk, new LookupQuery(Content: "tiền điện đất"), Ct));
        Assert.Equal(letter, Assert.Single(await _complaints.LookUpAsync(BoardClerk, new LookupQuery(Content: "khiếu nại về bồi thường giải phóng mặt bằng đường tỉnh"), Ct)).LetterId);
    }

    [Fact]
    public async Task A_repeat_letter_joins_the_case_found_at_another_agency_and_counts_as_a_repeat_which_that_agency_sees_on_its_letter()
    {
        var first = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(receivedOn: new DateOnly(2026, 9, 1)), null, Ct);
        var match = (await _complaints.LookUpAsync(BoardClerk, new LookupQuery(Words: "nguyen van a le loi"), Ct))[0];
        _clock.Advance(TimeSpan.FromMinutes(5));

        var repeat = await _complaints.EnterAsync(BoardClerk, _districtBoard.Id, Letter(), match.CaseId, Ct);

        var seen = await _complaints.GetAsync(Inspector, first, Ct);
        Assert.Equal([1, 2], seen.CaseLetters.Select(l => l.Occurrence).ToArray());
        Assert.Equal("Ban Tiếp công dân huyện", seen.CaseLetters[1].Agency);
        Assert.Equal(repeat, seen.CaseLetters[1].LetterId);
        Assert.Contains(seen.Log, e => e.Action == LetterLogAction.RepeatReceived && e.Person == _boardClerk.FullName);
        var repeated = await _complaints.GetAsync(BoardClerk, repeat, Ct);
        Assert.True(repeated.Letter.IsRepeat);
        Assert.Equal(first, (await _complaints.GetAsync(BoardClerk, first, Ct)).Letter.Id);
        Assert.Equal(match.CaseId, repeated.Letter.CaseId);
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.ComplaintCases.CountAsync(Ct));
        Assert.Equal(2, (await db.ComplaintCases.SingleAsync(Ct)).LetterCount);
        Assert.Equal(new DateOnly(2026, 9, 1), (await db.ComplaintCases.SingleAsync(Ct)).FirstReceivedOn);
    }

    [Fact]
    public async Task The_same_letter_received_elsewhere_is_noted_on_the_letter_that_holds_it_and_not_entered_twice()
    {
        var held = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(), null, Ct);
        _clock.Advance(TimeSpan.FromMinutes(5));

        await _complaints.NoteCopyAsync(BoardClerk, held, new DateOnly(2026, 10, 15), "Công dân gửi đồng thời", Ct);

        Assert.Equal(1, await LettersAsync());
        var view = await _complaints.GetAsync(Inspector, held, Ct);
        var copy = Assert.Single(view.Copies);
        Assert.Equal("Ban Tiếp công dân huyện", copy.Agency);
        Assert.Equal(_boardClerk.FullName, copy.RecordedBy);
        Assert.Contains(view.Log, e => e.Action == LetterLogAction.CopyNoted);
        // Noted twice the same day, or by the agency that holds it: refused.
        await Assert.ThrowsAsync<DomainException>(() => _complaints.NoteCopyAsync(BoardClerk, held, new DateOnly(2026, 10, 15), null, Ct));
        await Assert.ThrowsAsync<DomainException>(() => _complaints.NoteCopyAsync(Inspector, held, new DateOnly(2026, 10, 15), null, Ct));
    }

    [Fact]
    public async Task A_denunciation_a_secret_letter_and_bad_input_are_refused_with_a_clear_message_and_change_nothing()
    {
        var denunciation = await Assert.ThrowsAsync<DomainException>(() =>
            _complaints.EnterAsync(BoardClerk, _districtBoard.Id, Letter(kind: LetterContent.Denunciation), null, Ct));
        Assert.Equal(ComplaintClassification.DenunciationRefused, denunciation.Message);
        var secret = await Assert.ThrowsAsync<DomainException>(() => _complaints.EnterAsync(BoardClerk, _districtBoard.Id, Letter(secret: true), null, Ct));
        Assert.Equal(ComplaintClassification.SecretRefused, secret.Message);
        var future = await Assert.ThrowsAsync<DomainException>(() =>
            _complaints.EnterAsync(BoardClerk, _districtBoard.Id, Letter(receivedOn: new DateOnly(2026, 10, 16)), null, Ct));
        Assert.Contains("sau ngày hôm nay", future.Message);
        var badId = await Assert.ThrowsAsync<DomainException>(() => _complaints.EnterAsync(BoardClerk, _districtBoard.Id, Letter(id: "12345"), null, Ct));
        Assert.Contains("CCCD", badId.Message);
        var problems = new LetterInput().Problems(new DateOnly(2026, 10, 15));
        Assert.Contains("Vui lòng nhập ngày nhận đơn.", problems);
        Assert.Contains("Vui lòng nhập ít nhất một người đứng đơn.", problems);
        Assert.Contains("Vui lòng chọn lĩnh vực của đơn.", problems);
        Assert.Equal(0, await LettersAsync());
    }

    [Fact]
    public async Task An_agency_enters_and_classifies_only_its_own_letters_and_only_through_a_personal_account()
    {
        var letter = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(), null, Ct);
        await Assert.ThrowsAsync<ForbiddenException>(() => _complaints.EnterAsync(BoardClerk, _inspectorate.Id, Letter(), null, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => _complaints.EnterAsync(BoardAccount, _districtBoard.Id, Letter(), null, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => _complaints.EnterAsync(FinanceLeader, _data.Finance.Id, Letter(), null, Ct));
        var classification = new LetterClassification(LetterContent.Complaint, Eligible: true, Competence: CompetenceOutcome.Accept);
        await Assert.ThrowsAsync<ForbiddenException>(() => _complaints.ClassifyAsync(BoardClerk, letter, 1, classification, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => _complaints.ClassifyAsync(BoardAccount, letter, 1, classification, Ct));
        Assert.False((await _complaints.GetAsync(BoardClerk, letter, Ct)).MayClassify);
        Assert.True((await _complaints.GetAsync(Inspector, letter, Ct)).MayClassify);
        Assert.Equal(1, await LettersAsync());
        // A unit account reads its agency's list (nothing of its own yet) and may look up.
        Assert.Equal(0, (await _complaints.ListAsync(BoardAccount, new LetterListFilter(), 0, 20, Ct)).Total);
        Assert.Equal(1, (await _complaints.ListAsync(Inspector, new LetterListFilter(Search: "nguyen van a"), 0, 20, Ct)).Total);
        // A provincial leader follows every agency's letters.
        await _complaints.EnterAsync(BoardClerk, _districtBoard.Id, Letter(name: "Lê Thị C", id: null), null, Ct);
        Assert.Equal(2, (await _complaints.ListAsync(Chairman, new LetterListFilter(), 0, 20, Ct)).Total);
        Assert.Equal(1, (await _complaints.ListAsync(Inspector, new LetterListFilter(), 0, 20, Ct)).Total);
    }

    [Fact]
    public async Task The_limit_to_decide_is_ten_days_from_receipt_and_a_last_day_off_moves_it_to_the_next_working_day()
    {
        // Received Thursday 15/10/2026: ten days end on Sunday 25/10, so on Monday 26/10.
        var letter = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(), null, Ct);
        var view = await _complaints.GetAsync(Inspector, letter, Ct);
        Assert.Equal(new DateOnly(2026, 10, 26), view.Letter.DecisionDueOn);
        // Received Wednesday 23/09/2026: ten days end on Saturday 03/10 … the next working day is Monday 05/10.
        var other = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(name: "Lê Thị C", id: null, receivedOn: new DateOnly(2026, 9, 23)), null, Ct);
        Assert.Equal(new DateOnly(2026, 10, 5), (await _complaints.GetAsync(Inspector, other, Ct)).Letter.DecisionDueOn);
    }

    [Fact]
    public async Task A_province_that_counts_the_limit_to_decide_in_working_days_gets_ten_working_days_over_weekends_and_holidays()
    {
        await using (var db = _database.CreateDbContext())
        {
            var settings = TestOptions.RuleProfiles(_database).Defaults().ForProvince(_data.Province.Id);
            settings.ChangeComplaintLimitUnits(DeadlineUnit.WorkingDays, DeadlineUnit.CalendarDays, DeadlineUnit.CalendarDays);
            db.RuleSettings.Add(settings);
            await db.SaveChangesAsync(Ct);
        }
        var tree = new UnitTreeCache(_database);
        var complaints = new ComplaintService(_database, tree, new CalendarCache(_database, tree), TestOptions.RuleProfiles(_database), _clock, new TaskNotifier(NullLogger<TaskNotifier>.Instance));

        // Thursday 15/10/2026 + 10 working days = Thursday 29/10.
        var letter = await complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(), null, Ct);
        Assert.Equal(new DateOnly(2026, 10, 29), (await complaints.GetAsync(Inspector, letter, Ct)).Letter.DecisionDueOn);
        // Tuesday 25/08/2026: 10 working days skip the National Day holiday (Mon 31/08, swapped for Sat 22/08, Tue 01 and Wed 02/09) — Friday 11/09.
        var august = await complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(name: "Lê Thị C", id: null, receivedOn: new DateOnly(2026, 8, 25)), null, Ct);
        Assert.Equal(new DateOnly(2026, 9, 11), (await complaints.GetAsync(Inspector, august, Ct)).Letter.DecisionDueOn);
    }

    [Fact]
    public async Task Accepting_a_complaint_opens_its_file_whose_resolution_tasks_run_on_the_engine_with_the_assigning_documents_deadline()
    {
        var accepted = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(), null, Ct);
        var waiting = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(name: "Lê Thị C", id: null), null, Ct);
        // Accepted on Thursday 15/10/2026: a first, plain complaint — 30 days end on Saturday 14/11, so on Monday 16/11.
        await _complaints.ClassifyAsync(Inspector, accepted, await VersionAsync(accepted),
            new LetterClassification(LetterContent.Complaint, Eligible: true, Competence: CompetenceOutcome.Accept), Ct);
        var view = await _complaints.GetAsync(Tracker, accepted, Ct);
        Assert.Equal(new DateOnly(2026, 10, 15), view.Letter.Case.AcceptedOn);
        Assert.Equal(new DateOnly(2026, 11, 16), view.Letter.Case.ResolutionDueOn);
        Assert.True(view.MayAssignTask);
        var waitingCase = (await _complaints.GetAsync(Tracker, waiting, Ct)).Letter.CaseId;
        ResolutionTaskInput Task(DateOnly? deadline = null, bool secret = false) => new()
        {
            Content = "Xác minh nội dung khiếu nại, báo cáo UBND tỉnh",
            LeadUnitId = _data.Finance.Id,
            Deadline = deadline,
            AssigningDocument = "125/UBND-TCD",
            Secret = secret,
        };

        var notAccepted = await Assert.ThrowsAsync<DomainException>(() => _complaints.AssignTaskAsync(Tracker, waitingCase, Task(new DateOnly(2026, 10, 30)), Ct));
        Assert.Contains("chưa được thụ lý", notAccepted.Message);
        var noDeadline = await Assert.ThrowsAsync<DomainException>(() => _complaints.AssignTaskAsync(Tracker, view.Letter.CaseId, Task(), Ct));
        Assert.Equal(ComplaintClassification.TaskWithoutDeadlineRefused, noDeadline.Message);
        var secret = await Assert.ThrowsAsync<DomainException>(() => _complaints.AssignTaskAsync(Tracker, view.Letter.CaseId, Task(new DateOnly(2026, 10, 30), secret: true), Ct));
        Assert.Equal(ComplaintClassification.SecretRefused, secret.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => _complaints.AssignTaskAsync(Inspector, view.Letter.CaseId, Task(new DateOnly(2026, 10, 30)), Ct));

        var taskId = await _complaints.AssignTaskAsync(Tracker, view.Letter.CaseId, Task(new DateOnly(2026, 10, 30)), Ct);

        await using (var db = _database.CreateDbContext())
        {
            var task = await db.CaseTasks.AsNoTracking().SingleAsync(t => t.Id == taskId, Ct);
            Assert.Equal(CaseKind.ComplaintResolution, task.Kind);
            Assert.Equal(view.Letter.CaseId, task.ComplaintCaseId);
            Assert.Equal(new DateOnly(2026, 10, 30), task.Deadline);
            Assert.Equal(_data.Tracker.Id, task.TrackingSpecialistId);
            Assert.Equal("125/UBND-TCD", task.SourceReference);
            Assert.Equal(TaskState.Assigned, task.State);
            // The lead unit's leader is told, as of any new task.
            Assert.True(await db.Notifications.AnyAsync(n => n.RecipientId == _data.FinanceLeader.Id && n.TaskId == taskId, Ct));
        }
        var onFile = Assert.Single((await _complaints.GetAsync(Inspector, accepted, Ct)).Tasks);
        Assert.Equal((taskId, "Sở Tài chính", TaskState.Assigned), (onFile.TaskId, onFile.LeadUnit, onFile.State));
        Assert.False((await _complaints.GetAsync(Inspector, accepted, Ct)).MayAssignTask);

        // Counted as complaint work in the report by unit of that kind, and in no other kind's.
        var reports = new Portal.App.Features.Reports.KindReportService(_database, _clock);
        var october = Portal.Domain.Reports.ReportPeriod.Create(Portal.Domain.Reports.PeriodKind.Month, 2026, 10);
        var complaintWork = await reports.BuildAsync(Tracker, CaseKind.ComplaintResolution, october, Portal.Domain.Reports.ReportScope.WithCarriedOver, Ct);
        var finance = Assert.Single(complaintWork.Rows);
        Assert.Equal(("Sở Tài chính", 1, 1), (finance.UnitName, finance.Received, finance.PendingOnTime));
        Assert.Empty((await reports.BuildAsync(Tracker, CaseKind.PressIncident, october, Portal.Domain.Reports.ReportScope.WithCarriedOver, Ct)).Rows);

        // On the lead unit's desk as a new task of the complaint kind.
        var queries = new Portal.App.Features.Tasks.TaskQueryService(_database, new CalendarCache(_database), new UnitTreeCache(_database), _clock, TestOptions.Portal());
        var desk = await new Portal.App.Features.Desk.DeskService(queries).GetAsync(FinanceLeader, Ct);
        var fresh = Assert.Single(desk, s => s.View == Portal.App.Features.Tasks.TaskView.New);
        Assert.Contains(fresh.Top, r => r.Id == taskId);

        // Phụ lục V and IV count it as complaint work: in the complaint (and the combined) summary, not in the directive one.
        var summaries = new Portal.App.Features.Reports.SummaryReportService(_database, _clock);
        Portal.App.Features.Reports.ReportFilter Work(Portal.Domain.Reports.ReportWork work) => new(Work: work);
        Assert.Empty((await summaries.BuildAsync(Tracker, october, new(), Ct)).Rows);
        var complaintSummary = await summaries.BuildAsync(Tracker, october, Work(Portal.Domain.Reports.ReportWork.ComplaintResolution), Ct);
        var row = Assert.Single(complaintSummary.Rows);
        Assert.Equal(("Sở Tài chính", 1, 0), (row.UnitName, row.NotStartedOnTime, row.NotStartedOverdue));
        Assert.Equal((0, 1), (complaintSummary.DocumentCount, complaintSummary.ComplaintCaseCount));
        Assert.Contains("1 vụ việc khiếu nại", complaintSummary.SourcesLine);
        Assert.Equal(1, (await summaries.BuildAsync(Tracker, october, Work(Portal.Domain.Reports.ReportWork.All), Ct)).Totals.NotStartedOnTime);
        var unitReports = new Portal.App.Features.Reports.UnitReportService(_database, _clock);
        Assert.Empty((await unitReports.BuildAsync(FinanceLeader, _data.Finance.Id, october, Ct)).Lines);
        var unitComplaints = await unitReports.BuildAsync(FinanceLeader, _data.Finance.Id, october, Portal.Domain.Reports.ReportScope.WithCarriedOver,
                                                          Portal.Domain.Reports.ReportWork.ComplaintResolution, Ct);
        Assert.Equal((taskId, "125/UBND-TCD"), (Assert.Single(unitComplaints.Lines).TaskId, unitComplaints.Lines[0].DocumentNumber));
        Assert.Contains("Nhiệm vụ giải quyết khiếu nại", unitComplaints.Subtitle);
    }

    [Fact]
    public async Task Scans_go_on_the_letter_by_its_agency_and_the_files_documents_by_the_agency_holding_the_accepted_case_read_across_the_province()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"portal-complaint-files-{Guid.NewGuid():N}");
        var store = new Portal.App.Features.Files.FileStore(Microsoft.Extensions.Options.Options.Create(new FilesOptions { Folder = folder }),
                                                            new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = folder }, _clock);
        var tree = new UnitTreeCache(_database);
        var files = new Portal.App.Features.Files.FileService(_database, store,
            new Portal.App.Features.Tasks.TaskQueryService(_database, new CalendarCache(_database), tree, _clock, TestOptions.Portal()), tree);
        async Task<Guid> UploadAsync(int uploader, string name) =>
            (await files.UploadAsync(new MemoryStream("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"u8.ToArray()), name, uploader, Ct)).Id;
        try
        {
            var letter = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(), null, Ct);
            var scan = await UploadAsync(_inspector.Id, "don-khieu-nai.pdf");
            var scanId = await _complaints.AttachAsync(Inspector, letter, ComplaintDocumentKind.Letter, "Đơn khiếu nại (bản quét)", scan, Ct);

            // The file's documents wait for the acceptance; another agency, another person's upload, a file twice, no file: refused.
            var notice = await UploadAsync(_inspector.Id, "thong-bao-thu-ly.pdf");
            var early = await Assert.ThrowsAsync<DomainException>(() => _complaints.AttachAsync(Inspector, letter, ComplaintDocumentKind.AcceptanceNotice, null, notice, Ct));
            Assert.Contains("chưa được thụ lý", early.Message);
            var boardUpload = await UploadAsync(_boardClerk.Id, "ban-sao.pdf");
            await Assert.ThrowsAsync<ForbiddenException>(() => _complaints.AttachAsync(BoardClerk, letter, ComplaintDocumentKind.Letter, null, boardUpload, Ct));
            var notMine = await Assert.ThrowsAsync<DomainException>(() => _complaints.AttachAsync(Inspector, letter, ComplaintDocumentKind.Letter, null, boardUpload, Ct));
            Assert.Contains("tải tệp lên lại", notMine.Message);
            await Assert.ThrowsAsync<DomainException>(() => _complaints.AttachAsync(Inspector, letter, ComplaintDocumentKind.Letter, null, scan, Ct));
            await Assert.ThrowsAsync<DomainException>(() => _complaints.AttachAsync(Inspector, letter, ComplaintDocumentKind.Letter, null, null, Ct));
            await Assert.ThrowsAsync<ForbiddenException>(() => _complaints.AttachAsync(BoardAccount, letter, ComplaintDocumentKind.Letter, null, scan, Ct));

            await _complaints.ClassifyAsync(Inspector, letter, await VersionAsync(letter),
                new LetterClassification(LetterContent.Complaint, Eligible: true, Competence: CompetenceOutcome.Accept), Ct);
            await _complaints.AttachAsync(Inspector, letter, ComplaintDocumentKind.AcceptanceNotice, null, notice, Ct);

            // Another agency's clerk sees the case's documents and reads them, but removes none; a unit leader reads none.
            var seen = await _complaints.GetAsync(BoardClerk, letter, Ct);
            Assert.Equal([(ComplaintDocumentKind.Letter, "Đơn khiếu nại (bản quét)"), (ComplaintDocumentKind.AcceptanceNotice, "thong-bao-thu-ly.pdf")],
                         seen.Documents.Select(d => (d.Kind, d.Title)));
            Assert.All(seen.Documents, d => Assert.False(d.MayRemove));
            Assert.False(seen.MayAttachToLetter || seen.MayAttachToFile);
            var read = await files.OpenAsync(BoardClerk, scan, Ct);
            Assert.NotNull(read);
            await read.Value.Content.DisposeAsync();
            Assert.Null(await files.OpenAsync(FinanceLeader, scan, Ct));
            await Assert.ThrowsAsync<ForbiddenException>(() => _complaints.RemoveDocumentAsync(BoardClerk, scanId, Ct));

            await _complaints.RemoveDocumentAsync(Inspector, scanId, Ct);
            var own = await _complaints.GetAsync(Inspector, letter, Ct);
            Assert.Equal([ComplaintDocumentKind.AcceptanceNotice], own.Documents.Select(d => d.Kind));
            Assert.True(own.MayAttachToLetter && own.MayAttachToFile);
            Assert.Equal([LetterLogAction.Created, LetterLogAction.DocumentAttached, LetterLogAction.Classified, LetterLogAction.DocumentAttached, LetterLogAction.DocumentRemoved],
                         own.Log.Select(e => e.Action));
            Assert.Equal("Đơn và tài liệu kèm theo: Đơn khiếu nại (bản quét)", own.Log[^1].Details);
            await using var db = _database.CreateDbContext();
            Assert.True(await db.AuditTrail.AnyAsync(a => a.Entity == nameof(ComplaintDocument), Ct));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_agency_holding_a_case_records_its_resolution_once_and_it_counts_as_before_on_or_after_the_limit()
    {
        var letter = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(), null, Ct);
        async Task<(int Case, int Version)> CaseAsync()
        {
            await using var db = _database.CreateDbContext();
            var id = await db.ComplaintLetters.Where(l => l.Id == letter).Select(l => l.CaseId).SingleAsync(Ct);
            return (id, await db.ComplaintCases.Where(c => c.Id == id).Select(c => EF.Property<int>(c, PortalDbContext.VersionProperty)).SingleAsync(Ct));
        }
        var decision = new ComplaintDecision(new DateOnly(2026, 10, 15), "45/QĐ-TTT", ComplaintVerdict.PartlyRight, MoneyToReturn: 120_000_000m, PeopleDisciplined: 1);
        var (caseId, version) = await CaseAsync();
        var notAccepted = await Assert.ThrowsAsync<DomainException>(() => _complaints.ResolveAsync(Inspector, caseId, version, decision, Ct));
        Assert.Contains("chưa được thụ lý", notAccepted.Message);
        // A second complaint: the decision must say what became of the first one.
        await _complaints.ClassifyAsync(Inspector, letter, await VersionAsync(letter),
            new LetterClassification(LetterContent.Complaint, Eligible: true, Competence: CompetenceOutcome.Accept, Round: 2), Ct);
        (caseId, version) = await CaseAsync();
        var noFirst = await Assert.ThrowsAsync<DomainException>(() => _complaints.ResolveAsync(Inspector, caseId, version, decision, Ct));
        Assert.Contains("lần hai", noFirst.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => _complaints.ResolveAsync(BoardClerk, caseId, version, decision with { FirstDecision = FirstDecisionOutcome.Upheld }, Ct));
        var future = await Assert.ThrowsAsync<DomainException>(() =>
            _complaints.ResolveAsync(Inspector, caseId, version, decision with { DecidedOn = new DateOnly(2026, 10, 16), FirstDecision = FirstDecisionOutcome.Upheld }, Ct));
        Assert.Contains("sau ngày hôm nay", future.Message);

        await _complaints.ResolveAsync(Inspector, caseId, version, decision with { FirstDecision = FirstDecisionOutcome.AnnulledOrAmended }, Ct);

        var file = (await _complaints.GetAsync(Inspector, letter, Ct)).Letter.Case;
        // Second resolution accepted on 15/10: 45 days, Sunday 29/11 → Monday 30/11; resolved the same day it was accepted.
        Assert.Equal(new DateOnly(2026, 11, 30), file.ResolutionDueOn);
        Assert.Equal((new DateOnly(2026, 10, 15), ComplaintVerdict.PartlyRight, FirstDecisionOutcome.AnnulledOrAmended, 120_000_000m, 1),
                     (file.ResolvedOn!.Value, file.Verdict!.Value, file.FirstDecision!.Value, file.MoneyToReturn, file.PeopleDisciplined));
        Assert.Equal(LimitKept.BeforeLimit, file.ResolutionTimeliness);
        var resolved = await _complaints.GetAsync(Inspector, letter, Ct);
        Assert.False(resolved.MayResolve);
        // Written in the creation log of the letter that opened the case.
        Assert.Equal((LetterLogAction.Resolved, "Quyết định 45/QĐ-TTT ngày 15/10/2026: Khiếu nại đúng một phần"), (resolved.Log[^1].Action, resolved.Log[^1].Details));
        (caseId, version) = await CaseAsync();
        await Assert.ThrowsAsync<DomainException>(() => _complaints.ResolveAsync(Inspector, caseId, version, decision with { FirstDecision = FirstDecisionOutcome.Upheld }, Ct));
    }

    [Fact]
    public async Task Classification_files_an_ineligible_letter_with_its_reason_and_date_and_forwards_an_eligible_one_to_the_agency_named()
    {
        var ineligible = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(), null, Ct);
        var eligible = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(name: "Lê Thị C", id: null), null, Ct);
        _clock.Advance(TimeSpan.FromDays(2));

        var noReason = await Assert.ThrowsAsync<DomainException>(() =>
            _complaints.ClassifyAsync(Inspector, ineligible, 1, new LetterClassification(LetterContent.Complaint, Eligible: false), Ct));
        Assert.Contains("lý do", noReason.Message);
        await _complaints.ClassifyAsync(Inspector, ineligible, await VersionAsync(ineligible),
            new LetterClassification(LetterContent.Complaint, Eligible: false, Reason: IneligibilityReason.TimeBarred), Ct);
        var filedView = await _complaints.GetAsync(Inspector, ineligible, Ct);
        var (filed, filedVersion) = (filedView.Letter, filedView.Version);
        Assert.Equal(LetterStage.Filed, filed.Stage);
        Assert.Equal(new DateOnly(2026, 10, 17), filed.DecidedOn);
        Assert.Equal(LimitKept.BeforeLimit, filed.DecisionTimeliness);

        var noAgency = await Assert.ThrowsAsync<DomainException>(() => _complaints.ClassifyAsync(Inspector, eligible, 1,
            new LetterClassification(LetterContent.PetitionOrFeedback, Eligible: true, Competence: CompetenceOutcome.Forward), Ct));
        Assert.Contains("cơ quan có thẩm quyền", noAgency.Message);
        var denunciation = await Assert.ThrowsAsync<DomainException>(() => _complaints.ClassifyAsync(Inspector, eligible, 1,
            new LetterClassification(LetterContent.Denunciation, Eligible: true, Competence: CompetenceOutcome.Accept), Ct));
        Assert.Equal(ComplaintClassification.DenunciationRefused, denunciation.Message);
        await _complaints.ClassifyAsync(Inspector, eligible, await VersionAsync(eligible), new LetterClassification(LetterContent.PetitionOrFeedback, Eligible: true,
            Competence: CompetenceOutcome.Forward, CompetentAgency: "Sở Xây dựng", ReplyDocument: "15/TTT-TCD"), Ct);
        var forwarded = await _complaints.GetAsync(Inspector, eligible, Ct);
        Assert.Equal(LetterStage.Forwarded, forwarded.Letter.Stage);
        Assert.Equal("Sở Xây dựng", forwarded.Letter.CompetentAgency);
        Assert.Equal(LetterContent.PetitionOrFeedback, forwarded.Letter.ContentKind);
        Assert.False(forwarded.MayClassify);
        // Classified once; a stale page is told so.
        await Assert.ThrowsAsync<DomainException>(() => _complaints.ClassifyAsync(Inspector, eligible, forwarded.Version,
            new LetterClassification(LetterContent.Complaint, Eligible: true, Competence: CompetenceOutcome.Accept), Ct));
        await Assert.ThrowsAsync<DomainException>(() => _complaints.CorrectAsync(Inspector, ineligible, filedVersion, Letter(name: "Lê Văn Khác"), Ct));
        // Two pages opened on the same version: the second save is told the letter changed.
        var third = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(name: "Phan Văn D", id: null), null, Ct);
        var seen = await VersionAsync(third);
        await _complaints.CorrectAsync(Inspector, third, seen, Letter(name: "Phan Văn D", id: null, content: "Khiếu nại việc cấp giấy chứng nhận"), Ct);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            _complaints.CorrectAsync(Inspector, third, seen, Letter(name: "Phan Văn D", id: null, content: "Khiếu nại việc thu hồi đất"), Ct));
    }

    [Fact]
    public async Task Every_creation_and_change_of_a_letter_is_in_its_creation_log_and_in_the_audit_trail()
    {
        var letter = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(), null, Ct);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var corrected = Letter(address: "12 Lê Lợi, phường Trung Tâm, tỉnh Demo", content: "Khiếu nại mức bồi thường đất");
        await _complaints.CorrectAsync(Inspector, letter, await VersionAsync(letter), corrected, Ct);
        var unchanged = await Assert.ThrowsAsync<DomainException>(async () => await _complaints.CorrectAsync(Inspector, letter, await VersionAsync(letter), corrected, Ct));
        Assert.Contains("không thay đổi", unchanged.Message);
        _clock.Advance(TimeSpan.FromMinutes(10));
        await _complaints.ClassifyAsync(Inspector, letter, await VersionAsync(letter),
            new LetterClassification(LetterContent.Complaint, Eligible: true, Competence: CompetenceOutcome.Accept), Ct);

        var log = (await _complaints.GetAsync(Inspector, letter, Ct)).Log;
        Assert.Equal([LetterLogAction.Created, LetterLogAction.Corrected, LetterLogAction.Classified], log.Select(e => e.Action).ToArray());
        Assert.All(log, e => Assert.Equal(_inspector.FullName, e.Person));
        Assert.Equal("Sửa người đứng đơn, nội dung đơn", log[1].Details);
        Assert.Contains("Đã thụ lý", log[2].Details);
        await using var db = _database.CreateDbContext();
        var audited = await db.AuditTrail.Where(a => a.Entity == nameof(ComplaintLetter) && a.EntityKey == letter.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct);
        Assert.Equal(["Create", "Update", "Update"], audited);
        Assert.True(await db.AuditTrail.AnyAsync(a => a.Entity == nameof(LetterComplainant), Ct));
    }

    [Fact]
    public async Task The_forms_01_02_and_04_XLD_count_a_periods_letters_per_agency_and_province_wide_as_an_independent_count_of_the_fixture()
    {
        async Task<int> Classified(Actor who, int letter, LetterClassification c)
        {
            await _complaints.ClassifyAsync(who, letter, await VersionAsync(letter), c, Ct);
            return letter;
        }
        var accept = new LetterClassification(LetterContent.Complaint, true, Competence: CompetenceOutcome.Accept);
        // The inspectorate: A carried over, not handled; B carried over, filed; C accepted; D a petition forwarded.
        await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(name: "Người A", id: null, receivedOn: new DateOnly(2026, 9, 20)), null, Ct);
        await Classified(Inspector, await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(name: "Người B", id: null, receivedOn: new DateOnly(2026, 9, 25)), null, Ct),
                         new LetterClassification(LetterContent.Complaint, false, IneligibilityReason.TimeBarred));
        var c = await Classified(Inspector, await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(receivedOn: new DateOnly(2026, 10, 1)), null, Ct), accept);
        await Classified(Inspector, await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(name: "Người D", id: null, receivedOn: new DateOnly(2026, 10, 10),
                                                                                                     kind: LetterContent.PetitionOrFeedback), null, Ct),
                         new LetterClassification(LetterContent.PetitionOrFeedback, true, Competence: CompetenceOutcome.Forward, CompetentAgency: "Sở Xây dựng"));
        var caseOfC = (await _complaints.GetAsync(Inspector, c, Ct)).Letter.CaseId;
        // The board: E a repeat on C's case, the citizen guided; F not handled.
        var guide = new LetterClassification(LetterContent.Complaint, true, Competence: CompetenceOutcome.Guide, CompetentAgency: "Thanh tra tỉnh");
        await Classified(BoardClerk, await _complaints.EnterAsync(BoardClerk, _districtBoard.Id, Letter(), caseOfC, Ct), guide);
        await _complaints.EnterAsync(BoardClerk, _districtBoard.Id, Letter(name: "Người F", id: null, receivedOn: new DateOnly(2026, 10, 5)), null, Ct);
        // C's case is resolved on 15/10; G comes on 20/10 about the matter already resolved once.
        int caseVersion;
        await using (var db = _database.CreateDbContext())
            caseVersion = await db.ComplaintCases.Where(x => x.Id == caseOfC).Select(x => EF.Property<int>(x, PortalDbContext.VersionProperty)).SingleAsync(Ct);
        await _complaints.ResolveAsync(Inspector, caseOfC, caseVersion, new ComplaintDecision(new DateOnly(2026, 10, 15), "9/QĐ-TTT", ComplaintVerdict.Wrong), Ct);
        _clock.Advance(TimeSpan.FromDays(5));
        await Classified(BoardClerk, await _complaints.EnterAsync(BoardClerk, _districtBoard.Id, Letter(receivedOn: new DateOnly(2026, 10, 20)), caseOfC, Ct), guide);

        var reports = new ComplaintReportService(_database, new UnitTreeCache(_database));
        var october = Portal.Domain.Reports.ReportPeriod.Custom(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
        var xld01 = await reports.BuildAsync(Chairman, ComplaintForms.Xld01, october, null, Ct);

        Assert.Equal(21, ComplaintForms.Xld01.Columns.Count);
        //                 1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21
        Assert.Equal<decimal>([7, 2, 5, 5, 2, 4, 2, 3, 0, 1, 1, 0, 3, 1, 1, 0, 0, 3, 2, 1, 0], xld01.Totals);
        Assert.Equal<decimal>([3, 0, 3, 2, 1, 2, 1, 2, 0, 0, 1, 0, 1, 0, 0, 0, 0, 2, 2, 0, 0], xld01.Rows.Single(r => r.Agency == "Ban Tiếp công dân huyện").Figures);
        Assert.Equal<decimal>([4, 2, 2, 3, 1, 2, 2, 1, 0, 1, 0, 0, 2, 1, 1, 0, 0, 1, 0, 1, 0], xld01.Rows.Single(r => r.Agency == "Thanh tra tỉnh").Figures);
        // The total of a column is the sum of the agencies' (the case counted once per agency is the exception: column 7).
        Assert.Equal(xld01.Totals[0], xld01.Rows.Sum(r => r.Figures[0]));
        // One agency's form; September holds only A and B, received then and not handled then.
        Assert.Equal(3, (await reports.BuildAsync(BoardClerk, ComplaintForms.Xld01, october, _districtBoard.Id, Ct)).Totals[0]);
        var september = await reports.BuildAsync(Chairman, ComplaintForms.Xld01, Portal.Domain.Reports.ReportPeriod.Custom(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30)), null, Ct);
        Assert.Equal<decimal>([2, 0, 2, 0, 2], september.Totals.Take(5).ToArray());

        var xld02 = await reports.BuildAsync(Chairman, ComplaintForms.Xld02, october, null, Ct);
        var column = (string label, string? group = null) => xld02.Form.Headings.ToList().FindIndex(x => x.Label == label && (group is null || x.Group == group));
        Assert.Equal(6, xld02.Totals[0]);
        Assert.Equal(3, xld02.Totals[column("Đất đai")]);
        Assert.Equal(3, xld02.Totals[column("Lần đầu", "Phân loại theo lần khiếu nại")]);
        var xld04 = await reports.BuildAsync(Chairman, ComplaintForms.Xld04, october, null, Ct);
        Assert.Equal(1, xld04.Totals[0]);
        Assert.Equal(1, xld04.Totals[xld04.Form.Headings.ToList().FindIndex(x => x.Label == "Chuyển đơn")]);
        await Assert.ThrowsAsync<ForbiddenException>(() => reports.BuildAsync(FinanceLeader, ComplaintForms.Xld01, october, null, Ct));
        // 01/KQGQ: C's case, accepted and resolved in October (wrong, on a first complaint, before its limit).
        var kqgq = await reports.BuildAsync(Chairman, ComplaintForms.Kqgq01, october, null, Ct);
        Assert.Equal<decimal>([1, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0], kqgq.Totals);
        Assert.Equal("Thanh tra tỉnh", Assert.Single(kqgq.Rows).Agency);
        Assert.Empty((await reports.BuildAsync(Chairman, ComplaintForms.Kqgq01, Portal.Domain.Reports.ReportPeriod.Custom(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), null, Ct)).Rows);

        // The workbook: the form's code and title, the agencies and the totals row.
        var bytes = new ComplaintFormExporter(Microsoft.Extensions.Options.Options.Create(new PortalOptions())).Export(xld01, new DateOnly(2026, 10, 20));
        using var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes));
        var sheet = book.Worksheets.First();
        Assert.Contains(sheet.CellsUsed(), x => x.GetString() == "Biểu số: 01/XLD");
        Assert.Contains(sheet.CellsUsed(), x => x.GetString() == "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN");
        var total = sheet.CellsUsed().Single(x => x.GetString() == "Tổng cộng").WorksheetRow();
        Assert.Equal(7, total.Cell(3).GetValue<int>());
        Assert.Equal(3, total.Cell(23).GetValue<int>() + total.Cell(22).GetValue<int>() + total.Cell(21).GetValue<int>());
    }

    [Fact]
    public async Task A_complaint_whose_matter_already_has_a_court_judgment_is_counted_apart_in_02_XLD_and_its_marking_is_logged()
    {
        var accept = new LetterClassification(LetterContent.Complaint, true, Competence: CompetenceOutcome.Accept);
        var h = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(name: "Người H", id: null, receivedOn: new DateOnly(2026, 10, 2)), null, Ct);
        // Marking it afterwards is a correction in the letter's creation log.
        var judged = Letter(name: "Người H", id: null, receivedOn: new DateOnly(2026, 10, 2));
        judged.CourtJudgment = true;
        await _complaints.CorrectAsync(Inspector, h, await VersionAsync(h), judged, Ct);
        var view = await _complaints.GetAsync(Inspector, h, Ct);
        Assert.True(view.Letter.CourtJudgment);
        Assert.Equal("Sửa đã có bản án, quyết định của Tòa án", view.Log[^1].Details);
        await _complaints.ClassifyAsync(Inspector, h, await VersionAsync(h), accept, Ct);
        var first = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(name: "Người K", id: null, receivedOn: new DateOnly(2026, 10, 3)), null, Ct);
        await _complaints.ClassifyAsync(Inspector, first, await VersionAsync(first), accept, Ct);

        var reports = new ComplaintReportService(_database, new UnitTreeCache(_database));
        var october = Portal.Domain.Reports.ReportPeriod.Custom(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
        var xld02 = await reports.BuildAsync(Chairman, ComplaintForms.Xld02, october, null, Ct);
        var column = (string label) => xld02.Form.Headings.ToList().FindIndex(x => x.Label == label && x.Group == "Phân loại theo lần khiếu nại");
        Assert.Equal(2, xld02.Totals[0]);
        Assert.Equal(1, xld02.Totals[column("Lần đầu")]);
        Assert.Equal(0, xld02.Totals[column("Lần hai")]);
        Assert.Equal(1, xld02.Totals[column("Đã có bản án của Tòa án")]);
    }

    [Fact]
    public async Task The_agencys_clerks_are_warned_before_a_letters_and_a_files_limit_and_told_once_when_it_passed()
    {
        await using (var db = _database.CreateDbContext())
        {
            var role = await db.Roles.SingleAsync(r => r.Name == PortalRoles.ComplaintOfficer, Ct);
            db.Users.Add(new PortalUser
            {
                Id = "acc-inspector",
                UserName = "acc-inspector",
                NormalizedUserName = "ACC-INSPECTOR",
                DisplayName = _inspector.FullName,
                PersonId = _inspector.Id,
                UnitId = _inspectorate.Id,
                SecurityStamp = TestAccounts.Stamp
            });
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = "acc-inspector", RoleId = role.Id });
            await db.SaveChangesAsync(Ct);
        }
        var tree = new UnitTreeCache(_database);
        var reminders = new ComplaintReminderService(_database, tree, new CalendarCache(_database, tree), TestOptions.RuleProfiles(_database), _clock,
                                                     new TaskNotifier(NullLogger<TaskNotifier>.Instance));
        async Task<List<Portal.Domain.Notifications.Notification>> NoticesAsync()
        {
            await using var db = _database.CreateDbContext();
            return await db.Notifications.AsNoTracking().Where(n => n.RecipientId == _inspector.Id).OrderBy(n => n.Id).ToListAsync(Ct);
        }
        // Thursday 15/10: L1 received today (last day Monday 26/10); L2 received 01/10, its last day (Monday 12/10) passed.
        var first = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(), null, Ct);
        var late = await _complaints.EnterAsync(Inspector, _inspectorate.Id, Letter(name: "Lê Thị C", id: null, receivedOn: new DateOnly(2026, 10, 1)), null, Ct);

        Assert.Equal(1, await reminders.RunAsync(Ct));
        Assert.Equal(0, await reminders.RunAsync(Ct));
        var overdue = Assert.Single(await NoticesAsync());
        Assert.Equal((Portal.Domain.Notifications.NotificationKind.ComplaintDecisionOverdue, late, new DateOnly(2026, 10, 12)), (overdue.Kind, overdue.ComplaintLetterId!.Value, overdue.DueOn!.Value));

        // Thursday 22/10: three working days reach L1's last day.
        _clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await reminders.RunAsync(Ct));
        Assert.Equal(Portal.Domain.Notifications.NotificationKind.ComplaintDecisionDue, (await NoticesAsync())[^1].Kind);
        // Accepted that day: the file's last day is Monday 23/11; warned on Thursday 19/11, not on Saturday 21/11, told on Tuesday 24/11.
        await _complaints.ClassifyAsync(Inspector, first, await VersionAsync(first),
            new LetterClassification(LetterContent.Complaint, Eligible: true, Competence: CompetenceOutcome.Accept), Ct);
        _clock.Advance(TimeSpan.FromDays(28));
        Assert.Equal(1, await reminders.RunAsync(Ct));
        var due = (await NoticesAsync())[^1];
        Assert.Equal((Portal.Domain.Notifications.NotificationKind.ComplaintResolutionDue, first, new DateOnly(2026, 11, 23)), (due.Kind, due.ComplaintLetterId!.Value, due.DueOn!.Value));
        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await reminders.RunAsync(Ct));
        _clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await reminders.RunAsync(Ct));
        Assert.Equal(Portal.Domain.Notifications.NotificationKind.ComplaintResolutionOverdue, (await NoticesAsync())[^1].Kind);
        Assert.Equal($"/don-thu/{first}", new Portal.App.Features.Notifications.NotificationRow(1, due.Kind, due.Title, due.Message, null, due.CreatedAt, false, null, first).Link);
    }
}

public sealed class SqliteComplaintServiceTests() : ComplaintServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresComplaintServiceTests() : ComplaintServiceTests(DatabaseProvider.Postgres);
