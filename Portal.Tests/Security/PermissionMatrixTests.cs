using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App;
using Portal.App.Components.Account;
using Portal.App.Features.Admin;
using Portal.App.Features.Audit;
using Portal.App.Features.Directives;
using Portal.App.Features.Files;
using Portal.App.Features.Jobs;
using Portal.App.Features.Notifications;
using Portal.App.Features.Programme;
using Portal.App.Features.Reports;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Reports;
using Portal.Domain.Security;
using Portal.Domain.Units;
using Portal.Tests.TestSupport;
using Quartz;

namespace Portal.Tests.Security;

/// <summary>
/// Where the data a probe acts on belongs: the actor's unit, a unit below it, or an unrelated unit (the actor in every
/// position on it, the assigner included); or a task of the actor's own unit that somebody else assigned.
/// </summary>
public enum Target { Own, Child, Other, AssignedByAnother }

/// <summary>
/// The role × action matrix (PermissionMatrix.tsv, written independently of the code) proved cell by cell against the
/// application's real services and page policies, on the server, on SQLite and on PostgreSQL. Every role is probed as a
/// personal account (a person of the department) and as a unit account (the department's account, no person behind it).
/// An action of <see cref="PortalAction"/> without a row in the matrix, or without a probe here, fails; so does a
/// routable page without a policy of the table.
/// </summary>
public abstract class PermissionMatrixTests(PermissionMatrixTests.Province province)
{
    /// <summary>The column of a unit account holding the role.</summary>
    public const string UnitAccountPrefix = "UnitAccount:";

    private static readonly string[] Roles =
        [PortalRoles.Administrator, PortalRoles.ProvincialLeader, PortalRoles.OfficeLeader, PortalRoles.TrackingSpecialist,
         PortalRoles.Clerk, PortalRoles.UnitLeader, PortalRoles.UnitSpecialist, PortalRoles.Editor, PortalRoles.ComplaintOfficer];

    private static readonly string[] Columns = [.. Roles, .. Roles.Select(r => UnitAccountPrefix + r)];

    /// <summary>Pages anyone may reach (sign-in, errors) or any signed-in person (their own password).</summary>
    private static readonly string[] OpenPages = ["Login", "AccessDenied", "Error", "NotFound", "ChangePassword", "WhoIsTyping"];

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Matrix { get; } = ReadMatrix();

    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        foreach (var action in Matrix.Keys)
            foreach (var column in Columns)
                data.Add(action, column);
        return data;
    }

    [Fact]
    public void Every_action_of_the_application_has_exactly_one_row_in_the_matrix_and_a_probe()
    {
        var actions = Enum.GetNames<PortalAction>();
        var withoutRow = actions.Except(Matrix.Keys).ToList();
        Assert.Empty(withoutRow);
        var unknown = Matrix.Keys.Except(actions).ToList();
        Assert.Empty(unknown);
        var withoutProbe = actions.Where(a => !a.StartsWith("Open", StringComparison.Ordinal) && !Probes.ContainsKey(Enum.Parse<PortalAction>(a))).ToList();
        Assert.Empty(withoutProbe);
        Assert.Equal(actions.Order(), Permissions.Actions.Select(a => a.ToString()).Order());
    }

    [Fact]
    public void Every_routable_page_is_guarded_by_a_policy_of_the_permission_table()
    {
        var pages = typeof(AppServiceCollectionExtensions).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any()).ToList();
        Assert.NotEmpty(pages);
        var unguarded = pages.Where(p => !OpenPages.Contains(p.Name) && PolicyOf(p) is null).Select(p => p.Name).ToList();
        Assert.Empty(unguarded);
        Assert.All(pages.Where(p => !OpenPages.Contains(p.Name)).Select(PolicyOf).OfType<string>(),
                   policy => Assert.True(Enum.TryParse<PortalAction>(policy, out _), policy));
        // Every "Open…" action guards at least one page.
        var guarding = pages.Select(PolicyOf).OfType<string>().ToHashSet();
        var pagesWithoutPage = Enum.GetNames<PortalAction>().Where(a => a.StartsWith("Open", StringComparison.Ordinal) && !guarding.Contains(a)).ToList();
        Assert.Empty(pagesWithoutPage);
    }

    [Fact]
    public async Task A_session_with_a_password_to_change_is_refused_by_every_policy_and_acts_with_no_role()
    {
        var authorization = province.Services.GetRequiredService<IAuthorizationService>();
        foreach (var mark in new[] { PasswordPolicy.OneTime, PasswordPolicy.Expired })
        {
            var principal = Principal(PortalRoles.Administrator, new Claim(PasswordPolicy.MustChangeClaim, mark));

            foreach (var action in Enum.GetNames<PortalAction>())
                Assert.False((await authorization.AuthorizeAsync(principal, null, action)).Succeeded, $"{action} with a {mark} password");
            var fallback = province.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthorizationOptions>>().Value.FallbackPolicy!;
            Assert.False((await authorization.AuthorizeAsync(principal, null, fallback)).Succeeded);
            Assert.True((await authorization.AuthorizeAsync(principal, null, PasswordCurrentRequirement.SignedInPolicy)).Succeeded);
            Assert.Empty(Actor.From(principal).Roles);
        }
        // An expired password without the mark (a cookie issued before it expired) is refused as well.
        var old = Principal(PortalRoles.Administrator, changedAt: DateTimeOffset.UtcNow.AddDays(-400));
        Assert.False((await authorization.AuthorizeAsync(old, null, nameof(PortalAction.OpenAudit))).Succeeded);
        Assert.Empty((await new CurrentUser(new FixedAuthentication(old), province.Get<PasswordPolicy>(), province.Get<Portal.App.Features.Acting.ActingService>()).GetAsync()).Roles);
    }

    [Fact]
    public async Task A_unit_account_session_whose_user_has_not_said_who_they_are_is_refused_by_every_policy_until_they_do()
    {
        var authorization = province.Services.GetRequiredService<IAuthorizationService>();
        var unit = new Claim(PortalClaims.UnitId, province.Department.Id.ToString());
        var unnamed = Principal(PortalRoles.UnitSpecialist, unit);
        var named = Principal(PortalRoles.UnitSpecialist, unit, new Claim(PortalClaims.Typist, "Ngô Văn Nhập"));

        foreach (var action in Enum.GetNames<PortalAction>())
            Assert.False((await authorization.AuthorizeAsync(unnamed, null, action)).Succeeded, action);
        Assert.True((await authorization.AuthorizeAsync(unnamed, null, PasswordCurrentRequirement.SignedInPolicy)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(named, null, nameof(PortalAction.OpenDesk))).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(named, null, nameof(PortalAction.OpenTask))).Succeeded);
        // A personal account is never asked.
        Assert.True((await authorization.AuthorizeAsync(Principal(PortalRoles.UnitSpecialist, unit, new Claim(PortalClaims.PersonId, "1")), null,
                                                        nameof(PortalAction.OpenDesk))).Succeeded);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_cell_of_the_matrix_holds_on_the_server(string actionName, string column)
    {
        var action = Enum.Parse<PortalAction>(actionName);
        var expected = Matrix[actionName][column];
        var unitAccount = column.StartsWith(UnitAccountPrefix, StringComparison.Ordinal);
        var role = unitAccount ? column[UnitAccountPrefix.Length..] : column;
        if (actionName.StartsWith("Open", StringComparison.Ordinal))
        {
            // Pages: the policy the router and the endpoint evaluate, with a principal holding only this role.
            Claim[] person = unitAccount ? [] : [new Claim(PortalClaims.PersonId, "1")];
            var principal = Principal(role, person);
            var result = await province.Services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, null, actionName);
            Assert.True(result.Succeeded == (expected != "-"), $"{actionName} × {column}: expected {expected}, policy {(result.Succeeded ? "allows" : "refuses")}");
            return;
        }

        Target[] targets = expected switch
        {
            "-" => [Target.Own],
            "assigner" => Enum.GetValues<Target>(),
            _ => [Target.Own, Target.Child, Target.Other],
        };
        foreach (var target in targets)
        {
            var allowedHere = expected switch
            {
                "all" => true,
                "subtree" => target != Target.Other,
                "own" => target == Target.Own,
                "assigner" => target != Target.AssignedByAnother,
                _ => false,
            };
            var actor = await province.NewActorAsync(role, unitAccount);
            var allowed = await Probes[action](province, actor, target);
            Assert.True(allowed == allowedHere,
                $"{actionName} × {column} on {target} data: expected {(allowedHere ? "allowed" : "refused")}, was {(allowed ? "allowed" : "refused")}");
        }
    }

    /// <summary>A signed-in principal holding one role, with a password changed a moment ago unless told otherwise.</summary>
    private static ClaimsPrincipal Principal(string role, params Claim[] more) => Principal(role, DateTimeOffset.UtcNow, more);

    private static ClaimsPrincipal Principal(string role, DateTimeOffset changedAt, params Claim[] more) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "probe"), new Claim(ClaimTypes.NameIdentifier, "probe"), new Claim(ClaimTypes.Role, role),
             new Claim(PasswordPolicy.ChangedAtClaim, changedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. more],
            "probe"));

    private sealed class FixedAuthentication(ClaimsPrincipal user) : Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider
    {
        public override Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new Microsoft.AspNetCore.Components.Authorization.AuthenticationState(user));
    }

    private static string? PolicyOf(Type page) =>
        page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.Policy).FirstOrDefault(p => p is not null);

    private static Dictionary<string, IReadOnlyDictionary<string, string>> ReadMatrix()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Security", "PermissionMatrix.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines[0].Split('\t');
        Assert.Equal(Columns, header[1..]);
        var rows = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            Assert.True(cells.Length == header.Length, $"Row {cells[0]} has {cells.Length} cells.");
            Assert.All(cells[1..], c => Assert.Contains(c, new[] { "all", "subtree", "own", "assigner", "-" }));
            Assert.True(rows.TryAdd(cells[0], header[1..].Zip(cells[1..]).ToDictionary(p => p.First, p => p.Second)), $"Row {cells[0]} appears twice.");
        }
        return rows;
    }

    // ---- probes: true when the service did it, false when it refused (ForbiddenException, or nothing returned) ----

    private static readonly ReportDraft Report = new("Đã hoàn thành.", "Báo cáo", "01/BC", "Kết quả", null, "Người ký");

    private delegate Task<bool> Probe(Province p, Actor actor, Target target);

    private static readonly Dictionary<PortalAction, Probe> Probes = new()
    {
        [PortalAction.ViewTask] = async (p, a, t) =>
        {
            var task = await p.NewTaskAsync(a, t, TaskState.Assigned);
            return await Found(() => p.Get<TaskDetailService>().GetAsync(a, task.Id));
        },
        [PortalAction.DownloadFile] = async (p, a, t) =>
        {
            var task = await p.NewTaskAsync(a, t, TaskState.Assigned, withSignedFile: true);
            return await Found(() => p.Get<FileService>().OpenAsync(a, task.SignedFileId!.Value));
        },
        [PortalAction.RegisterDocument] = (p, a, t) => Done(() => p.Get<DocumentRegistrationService>().RegisterAsync(a, p.NewDocumentInput(t))),
        [PortalAction.ReceiveTask] = (p, a, t) => OnTask(p, a, t, TaskState.Assigned, (w, id, v) => w.ReceiveAsync(a, id, v)),
        [PortalAction.ReturnTask] = (p, a, t) => OnTask(p, a, t, TaskState.Assigned, (w, id, v) => w.ReturnAsync(a, id, v, "Không đúng chức năng")),
        [PortalAction.RedirectTask] = (p, a, t) => OnTask(p, a, t, TaskState.Returned, (w, id, v) => w.RedirectAsync(a, id, v, p.Office.Id, null)),
        [PortalAction.DelegateTask] = (p, a, t) => OnTask(p, a, t, TaskState.Received, (w, id, v) => w.DelegateAsync(a, id, v, p.SpecialistOf(t), [], null)),
        [PortalAction.DraftReport] = (p, a, t) => OnTask(p, a, t, TaskState.Delegated, (w, id, v) => w.SaveDraftAsync(a, id, v, Report)),
        [PortalAction.ReviewDraft] = (p, a, t) => OnTask(p, a, t, TaskState.DraftPendingApproval, (w, id, v) => w.ApproveAsync(a, id, v, null)),
        [PortalAction.ConfirmResult] = (p, a, t) => OnTask(p, a, t, TaskState.Submitted, (w, id, v) => w.ConfirmAsync(a, id, v, ReviewDecision.Accepted, null)),
        [PortalAction.FileProgress] = (p, a, t) => OnTask(p, a, t, TaskState.Delegated, (w, id, v) => w.FileProgressAsync(a, id, v, "Đang thực hiện", null, null)),
        [PortalAction.Contribute] = async (p, a, t) =>
        {
            var task = await p.NewTaskAsync(a, t, TaskState.Received, coordinating: true);
            return await Done(() => p.Get<TaskWorkflowService>().ContributeAsync(a, task.Id, task.Version, "Ý kiến phối hợp", null));
        },
        [PortalAction.RequestExtension] = (p, a, t) =>
            OnTask(p, a, t, TaskState.Received, (w, id, v) => w.RequestExtensionAsync(a, id, v, new DateOnly(2027, 3, 31), "Chờ ý kiến Bộ", null)),
        [PortalAction.DecideExtension] = async (p, a, t) =>
        {
            var task = await p.NewTaskAsync(a, t, TaskState.Received, extensionPending: true);
            return await Done(() => p.Get<TaskWorkflowService>().DecideExtensionAsync(a, task.Id, task.Version, true, null));
        },
        [PortalAction.ProposeAdjustment] = (p, a, t) =>
            OnTask(p, a, t, TaskState.Received, (w, id, v) => w.ProposeAdjustmentAsync(a, id, v, null, new DateOnly(2027, 3, 31), "Chờ ý kiến Bộ")),
        [PortalAction.AnswerProposal] = async (p, a, t) =>
        {
            var task = await p.NewTaskAsync(a, t, TaskState.Received, proposalPending: true);
            return await Done(() => p.Get<TaskWorkflowService>().AnswerProposalAsync(a, task.Id, task.Version, true, null));
        },
        [PortalAction.ViewProvinceReports] = (p, a, t) =>
            Done(() => p.Get<SummaryReportService>().BuildAsync(a, ReportPeriod.Create(PeriodKind.Month, 2026, 10), new ReportFilter(UnitId: p.UnitOf(t).Id))),
        [PortalAction.ViewUnitReport] = (p, a, t) => Done(() => p.Get<UnitReportService>().BuildAsync(a, p.UnitOf(t).Id, ReportPeriod.Create(PeriodKind.Month, 2026, 10))),
        [PortalAction.PostPressDigest] = (p, a, t) => Done(() => p.Get<Portal.App.Features.Press.PressService>().PostAsync(a, null,
            [new Portal.Domain.Press.PressItemInput("Báo thử quyền", "Tin thử quyền", null, Portal.Domain.VietnamTime.Today(p.Get<TimeProvider>()), "Tóm tắt tin thử quyền", null)])),
        [PortalAction.AssignPressIncident] = async (p, a, t) =>
        {
            var editor = await p.NewActorAsync(PortalRoles.Editor, false);
            var today = Portal.Domain.VietnamTime.Today(p.Get<TimeProvider>());
            await p.Get<Portal.App.Features.Press.PressService>().PostAsync(editor, null,
                [new Portal.Domain.Press.PressItemInput("Báo thử quyền", "Tin cần xử lý", null, today, "Tóm tắt", null)]);
            var item = (await p.Get<Portal.App.Features.Press.PressService>().ListAsync(editor, null, null, 0, 1)).Rows[0];
            return await Done(() => p.Get<Portal.App.Features.Press.PressIncidentService>().AssignAsync(a, item.Id,
                new Portal.App.Features.Press.PressAssignment { LeadUnitId = p.UnitOf(t).Id, TrackingSpecialistId = p.OfficeTrackerId }));
        },
        [PortalAction.EnterQuestion] = (p, a, t) => Done(() => p.Get<Portal.App.Features.Questions.QuestionService>().EnterAsync(a, ProbeQuestion)),
        [PortalAction.ScreenQuestion] = async (p, a, t) =>
        {
            var id = await p.PortalQuestionAsync();
            return await Done(() => p.Get<Portal.App.Features.Questions.QuestionService>().AcceptAsync(a, [id]));
        },
        [PortalAction.RouteQuestion] = async (p, a, t) =>
        {
            var id = await p.EnteredQuestionAsync();
            return await Done(async () => await p.Get<Portal.App.Features.Questions.QuestionService>().RouteAsync(a, id, await p.QuestionVersionAsync(id), p.OfficeTrackerId, null, null));
        },
        [PortalAction.ForwardQuestion] = async (p, a, t) =>
        {
            var now = p.Get<TimeProvider>().GetUtcNow();
            var id = await p.QuestionAsync(q => q.Route(p.OfficeTrackerId, a.PersonId ?? p.OfficeTrackerId, null, null, now));
            return await Done(async () => await p.Get<Portal.App.Features.Questions.QuestionService>().ForwardAsync(a, id, await p.QuestionVersionAsync(id),
                new Portal.App.Features.Questions.QuestionForwarding { LeadUnitId = p.UnitOf(t).Id }));
        },
        [PortalAction.GiveQuestionOpinion] = async (p, a, t) =>
        {
            var now = p.Get<TimeProvider>().GetUtcNow();
            var id = await p.QuestionAsync(q =>
            {
                q.Route(p.OfficeTrackerId, p.OfficeTrackerId, null, null, now);
                q.AskOpinion(p.OfficeTrackerId, a.PersonId ?? p.OfficeTrackerId, "Xin ý kiến thử quyền", now);
            });
            return await Done(async () => await p.Get<Portal.App.Features.Questions.QuestionService>().GiveOpinionAsync(a, id, await p.QuestionVersionAsync(id), "Đồng ý"));
        },
        [PortalAction.ManagePublishedAnswers] = async (p, a, t) =>
        {
            var now = p.Get<TimeProvider>().GetUtcNow();
            var id = await p.QuestionAsync(q =>
            {
                q.Route(p.OfficeTrackerId, p.OfficeTrackerId, null, null, now);
                q.MarkForwarded(p.OfficeTrackerId, now);
                q.Publish("Câu trả lời thử quyền", "Sở thử quyền", Portal.Domain.VietnamTime.DateOf(now), p.OfficeTrackerId, now);
            });
            return await Done(async () => await p.Get<Portal.App.Features.Questions.QuestionService>().WithdrawAnswerAsync(a, id, await p.QuestionVersionAsync(id), "Thử quyền gỡ"));
        },
        [PortalAction.ManageApiKeys] = (p, a, t) => Done(() => p.Get<Portal.App.Features.Questions.ApiKeyService>().CreateAsync(a, "Hệ thống thử quyền", [ApiKey.QuestionsScope])),
        // The look-up and a letter's page read every agency's letters; an agency enters and classifies its own.
        [PortalAction.LookUpComplaints] = async (p, a, t) =>
        {
            var id = await p.ComplaintLetterAsync(t);
            return await Found(() => p.Get<Portal.App.Features.Complaints.ComplaintService>().GetAsync(a, id));
        },
        [PortalAction.EnterComplaintLetter] = (p, a, t) =>
            Done(() => p.Get<Portal.App.Features.Complaints.ComplaintService>().EnterAsync(a, p.UnitOf(t).Id, ProbeLetter(p))),
        [PortalAction.ClassifyComplaintLetter] = async (p, a, t) =>
        {
            var id = await p.ComplaintLetterAsync(t);
            var version = await p.ComplaintLetterVersionAsync(id);
            return await Done(() => p.Get<Portal.App.Features.Complaints.ComplaintService>().ClassifyAsync(a, id, version,
                new Portal.Domain.Complaints.LetterClassification(Portal.Domain.Complaints.LetterContent.Complaint, Eligible: true,
                    Competence: Portal.Domain.Complaints.CompetenceOutcome.Accept)));
        },
        [PortalAction.AssignComplaintTask] = async (p, a, t) =>
        {
            var caseId = await p.AcceptedComplaintCaseAsync();
            return await Done(() => p.Get<Portal.App.Features.Complaints.ComplaintService>().AssignTaskAsync(a, caseId, new Portal.App.Features.Complaints.ResolutionTaskInput
            {
                Content = "Xác minh nội dung khiếu nại thử quyền",
                LeadUnitId = p.UnitOf(t).Id,
                Deadline = Portal.Domain.VietnamTime.Today(p.Get<TimeProvider>()).AddDays(30),
                TrackerId = p.OfficeTrackerId,
            }));
        },
        [PortalAction.RecordComplaintDecision] = async (p, a, t) =>
        {
            var caseId = await p.AcceptedComplaintCaseAsync(t);
            int version;
            await using (var db = await p.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
                version = await db.ComplaintCases.Where(c => c.Id == caseId).Select(c => EF.Property<int>(c, PortalDbContext.VersionProperty)).SingleAsync();
            return await Done(() => p.Get<Portal.App.Features.Complaints.ComplaintService>().ResolveAsync(a, caseId, version,
                new Portal.Domain.Complaints.ComplaintDecision(Portal.Domain.VietnamTime.Today(p.Get<TimeProvider>()), "1/QĐ-THU", Portal.Domain.Complaints.ComplaintVerdict.Wrong)));
        },
        [PortalAction.RegisterProgramme] = (p, a, t) => Done(() => p.Get<ProgrammeService>().RegisterAsync(a, 2026, p.UnitOf(t).Id, "Đề án thử quyền", 12)),
        [PortalAction.ManageProgramme] = async (p, a, t) =>
        {
            var (id, version) = await p.NewProjectAsync(t);
            return await Done(() => p.Get<ProgrammeService>().MoveAsync(a, id, version, 12, "Chờ số liệu"));
        },
        [PortalAction.PrintUrgingLetter] = (p, a, t) => Done(() => p.Get<UrgingLetterService>().BuildAsync(a, p.UnitOf(t).Id, null)),
        [PortalAction.ReadAudit] = (p, a, t) => Done(() => p.Get<AuditService>().SearchAsync(a, new AuditQuery(null, null, null, null, null), 0, 10)),
        [PortalAction.RunJob] = async (p, a, t) =>
        {
            var scheduler = await p.Get<ISchedulerFactory>().GetScheduler();
            var key = new JobKey("probe");
            if (await scheduler.GetJobDetail(key) is null) await scheduler.AddJob(JobBuilder.Create<DeadlineReminderJob>().WithIdentity(key).StoreDurably().Build(), AddJobOptions.Replacing);
            return await Done(() => p.Get<JobsService>().RunNowAsync(a, key));
        },
        [PortalAction.EditCalendar] = (p, a, t) => Done(() => p.Get<CalendarAdminService>().AddAsync(a, p.NextFreeDay(), CalendarDayKind.Holiday, "Nghỉ thử quyền")),
        [PortalAction.ManageUnits] = (p, a, t) => Done(() => p.Get<UnitAdminService>().CreateAsync(a, "Phòng thử quyền", p.NextCode(), UnitKind.Division, p.UnitOf(t).Id)),
        [PortalAction.ManagePeople] = (p, a, t) => Done(() => p.Get<PeopleAdminService>().SaveAsync(a, null, 0,
            new PersonForm { FullName = "Nguyễn Văn Thử", UnitId = p.UnitOf(t).Id, Position = "Chuyên viên" })),
        [PortalAction.ManageAccounts] = (p, a, t) => Done(() => p.Get<AccountAdminService>().CreateAsync(a,
            new AccountForm { UserName = p.NextCode().ToLowerInvariant(), UnitId = p.UnitOf(t).Id, Roles = [PortalRoles.UnitSpecialist] })),
        [PortalAction.ManageDocuments] = async (p, a, t) =>
        {
            var (id, version) = await p.NewDocumentAsync();
            return await Done(() => p.Get<DocumentService>().CorrectAsync(a, id, version, DocumentType.CongVan, p.NextCode(), "UBND-MT",
                                                                           "Về việc thử quyền điều chỉnh", new DateOnly(2026, 11, 2)));
        },
        [PortalAction.ManageTrackingMap] = (p, a, t) => Done(() => p.Get<TrackingMapService>().ListAsync(a)),
        [PortalAction.NameActing] = (p, a, t) =>
        {
            // A leader covers their own absence with a person of the target unit; an administrator anyone's, within the unit.
            var (absent, acting) = p.StandInPair(a, t);
            var day = p.NextFreeDay().ToDateTime(TimeOnly.MinValue);
            return Done(() => p.Get<Portal.App.Features.Acting.ActingService>().NameAsync(a,
                new Portal.App.Features.Acting.ActingForm { AbsentPersonId = absent, ActingPersonId = acting, From = day, To = day }));
        },
        [PortalAction.EditRules] = async (p, a, t) =>
        {
            var admin = await p.NewActorAsync(PortalRoles.Administrator);
            var form = await p.Get<RuleSettingsService>().GetAsync(admin);
            return await Done(() => p.Get<RuleSettingsService>().SaveAsync(a, form));
        },
    };

    private static Portal.Domain.Complaints.LetterInput ProbeLetter(Province p) => new()
    {
        ReceivedOn = Portal.Domain.VietnamTime.Today(p.Get<TimeProvider>()),
        Complainants = [new Portal.Domain.Complaints.ComplainantInput("Người khiếu nại thử quyền")],
        Content = "Khiếu nại thử quyền",
        Field = Portal.Domain.Complaints.ComplaintField.Land,
    };

    private static Portal.Domain.Questions.QuestionInput ProbeQuestion =>
        new("Người hỏi thử", null, null, null, "Câu hỏi thử quyền", "Nội dung câu hỏi thử quyền", null);

    private static async Task<bool> OnTask(Province p, Actor a, Target t, TaskState state, Func<TaskWorkflowService, int, int, Task> step)
    {
        var task = await p.NewTaskAsync(a, t, state);
        return await Done(() => step(p.Get<TaskWorkflowService>(), task.Id, task.Version));
    }

    private static async Task<bool> Done(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (ForbiddenException)
        {
            return false;
        }
    }

    /// <summary>Reads are refused either outright or by finding nothing (another unit's task "does not exist" for you).</summary>
    private static async Task<bool> Found<T>(Func<Task<T>> read)
    {
        try
        {
            return await read() is not null;
        }
        catch (ForbiddenException)
        {
            return false;
        }
    }

    /// <summary>
    /// A province built through the real application registration (services, policies) on its own SQLite file:
    /// the committee, its Office, a department with a division below it, and two unrelated departments.
    /// </summary>
    public abstract class Province(DatabaseProvider provider) : IAsyncLifetime
    {
        private TestApp _app = null!;
        private int _sequence;
        private DirectiveDocument _document = null!;

        public IServiceProvider Services => _app.Services;
        public Unit Committee { get; private set; } = null!;
        public Unit Office { get; private set; } = null!;
        public Unit Department { get; private set; } = null!;
        public Unit Division { get; private set; } = null!;
        public Unit Unrelated { get; private set; } = null!;
        public Unit LeadOfCoordination { get; private set; } = null!;
        private readonly Dictionary<int, (int Leader, int Specialist)> _staff = [];

        public T Get<T>() where T : notnull => _app.Get<T>();

        public async ValueTask InitializeAsync()
        {
            _app = await TestApp.CreateAsync(provider);

            await using var db = await Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            Committee = new Unit("UBND tỉnh Ma Trận", "MT-UBND", UnitKind.ProvincialCommittee, null);
            db.Units.Add(Committee);
            await db.SaveChangesAsync();
            Office = new Unit("Văn phòng UBND tỉnh", "MT-VP", UnitKind.ProvincialOffice, Committee);
            Department = new Unit("Sở Tài chính", "MT-STC", UnitKind.Department, Committee);
            Unrelated = new Unit("Sở Y tế", "MT-SYT", UnitKind.Department, Committee);
            LeadOfCoordination = new Unit("Sở Xây dựng", "MT-SXD", UnitKind.Department, Committee);
            db.Units.AddRange(Office, Department, Unrelated, LeadOfCoordination);
            await db.SaveChangesAsync();
            Division = new Unit("Phòng Ngân sách", "MT-STC-NS", UnitKind.Division, Department);
            db.Units.Add(Division);
            await db.SaveChangesAsync();
            foreach (var unit in new[] { Department, Division, Unrelated, LeadOfCoordination, Office })
            {
                var leader = new Person($"Lãnh đạo {unit.Name}", unit.Id, "Giám đốc");
                var specialist = new Person($"Chuyên viên {unit.Name}", unit.Id, "Chuyên viên");
                db.People.AddRange(leader, specialist);
                await db.SaveChangesAsync();
                _staff[unit.Id] = (leader.Id, specialist.Id);
            }
            // The Office specialist holds a tracking account, so a clerk's document can name them as its tracker; the others
            // hold a specialist's account, so they can be named to stand in for an absent leader.
            var users = Get<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>();
            foreach (var unit in new[] { Department, Division, Unrelated })
            {
                var account = new PortalUser { UserName = $"mt-cv-{unit.Code}", DisplayName = $"Chuyên viên {unit.Name}", PersonId = _staff[unit.Id].Specialist, UnitId = unit.Id };
                Assert.True((await users.CreateAsync(account)).Succeeded);
                Assert.True((await users.AddToRoleAsync(account, PortalRoles.UnitSpecialist)).Succeeded);
            }
            var trackerAccount = new PortalUser { UserName = "mt-tracker", DisplayName = "Chuyên viên theo dõi", PersonId = _staff[Office.Id].Specialist, UnitId = Office.Id };
            Assert.True((await users.CreateAsync(trackerAccount)).Succeeded);
            Assert.True((await users.AddToRoleAsync(trackerAccount, PortalRoles.TrackingSpecialist)).Succeeded);
            _document = new DirectiveDocument(DocumentType.CongVan, "1", "UBND-MT", "Về việc thử phân quyền", new DateOnly(2026, 11, 2), Committee.Id, SecrecyLevel.None);
            db.DirectiveDocuments.Add(_document);
            await db.SaveChangesAsync();
        }

        public ValueTask DisposeAsync() => _app.DisposeAsync();

        public Unit UnitOf(Target target) => target switch
        {
            Target.Own or Target.AssignedByAnother => Department,
            Target.Child => Division,
            _ => Unrelated,
        };

        public int SpecialistOf(Target target) => _staff[UnitOf(target).Id].Specialist;

        /// <summary>The Office's specialist holding the tracking account: a person who may confirm results.</summary>
        public int OfficeTrackerId => _staff[Office.Id].Specialist;

        /// <summary>Who is absent and who stands in, for a probe of naming a stand-in: the actor themselves (or, for an
        /// administrator or an account with no person, the target unit's leader), and the target unit's specialist.</summary>
        public (int Absent, int Acting) StandInPair(Actor actor, Target target) =>
            (actor.PersonId is { } me && actor.ScopeFor(PortalAction.NameActing) != DataScope.All ? me : _staff[UnitOf(target).Id].Leader,
             _staff[UnitOf(target).Id].Specialist);

        public string NextCode() => $"MQ{Interlocked.Increment(ref _sequence)}";

        public DateOnly NextFreeDay() => new DateOnly(2031, 1, 1).AddDays(Interlocked.Increment(ref _sequence));

        /// <summary>
        /// An account of the department holding only this role, as the server knows it after sign-in: a person's account, or
        /// the department's unit account (no person). The account exists and is active, as the services check before a step.
        /// </summary>
        public async Task<Actor> NewActorAsync(string role, bool unitAccount = false)
        {
            var factory = Get<IDbContextFactory<PortalDbContext>>();
            int? personId = null;
            var name = $"Đơn vị {Department.Name}";
            if (!unitAccount)
            {
                await using var db = await factory.CreateDbContextAsync();
                var person = new Person($"Người thử {role}", Department.Id, "Cán bộ");
                db.People.Add(person);
                await db.SaveChangesAsync();
                (personId, name) = (person.Id, person.FullName);
            }
            var userId = $"user-{NextCode()}";
            await TestAccounts.AddAsync(factory, userId);
            // A unit account's user has said who they are, as the sign-in demands before anything else (UnitAccountTypist).
            return new Actor(userId, name, personId, Department.Id, new HashSet<string> { role }) { TypistName = unitAccount ? "Người cập nhật thử" : null }.Signed();
        }

        /// <summary>A letter received by the target's unit, entered by a clerk of that unit, waiting for classification.</summary>
        public async Task<int> ComplaintLetterAsync(Target target)
        {
            var unit = UnitOf(target);
            var factory = Get<IDbContextFactory<PortalDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            var person = new Person($"Cán bộ tiếp nhận {unit.Name}", unit.Id, "Chuyên viên");
            db.People.Add(person);
            await db.SaveChangesAsync();
            var userId = $"user-{NextCode()}";
            await TestAccounts.AddAsync(factory, userId);
            var clerk = new Actor(userId, person.FullName, person.Id, unit.Id, new HashSet<string> { PortalRoles.ComplaintOfficer }).Signed();
            return await Get<Portal.App.Features.Complaints.ComplaintService>().EnterAsync(clerk, unit.Id, ProbeLetter(this));
        }

        /// <summary>A case whose letter its agency accepted: its file takes resolution tasks.</summary>
        public async Task<int> AcceptedComplaintCaseAsync(Target target = Target.Own)
        {
            var unit = UnitOf(target);
            var letter = await ComplaintLetterAsync(target);
            var factory = Get<IDbContextFactory<PortalDbContext>>();
            var version = await ComplaintLetterVersionAsync(letter);
            await using (var db = await factory.CreateDbContextAsync())
            {
                var person = new Person("Cán bộ thụ lý thử quyền", unit.Id, "Chuyên viên");
                db.People.Add(person);
                await db.SaveChangesAsync();
                var userId = $"user-{NextCode()}";
                await TestAccounts.AddAsync(factory, userId);
                var clerk = new Actor(userId, person.FullName, person.Id, unit.Id, new HashSet<string> { PortalRoles.ComplaintOfficer }).Signed();
                await Get<Portal.App.Features.Complaints.ComplaintService>().ClassifyAsync(clerk, letter, version,
                    new Portal.Domain.Complaints.LetterClassification(Portal.Domain.Complaints.LetterContent.Complaint, true,
                        Competence: Portal.Domain.Complaints.CompetenceOutcome.Accept));
            }
            await using var read = await factory.CreateDbContextAsync();
            return await read.ComplaintLetters.Where(l => l.Id == letter).Select(l => l.CaseId).SingleAsync();
        }

        public async Task<int> ComplaintLetterVersionAsync(int id)
        {
            await using var db = await Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            return await db.ComplaintLetters.Where(l => l.Id == id).Select(l => EF.Property<int>(l, PortalDbContext.VersionProperty)).SingleAsync();
        }

        /// <summary>A question sent by the public portal, waiting for the editors.</summary>
        public async Task<int> PortalQuestionAsync()
        {
            var key = await Get<Portal.App.Features.Questions.ApiKeyService>().CreateAsync("thử quyền", "Cổng thử quyền", [ApiKey.QuestionsScope], null);
            var client = new Portal.App.Features.Questions.ApiClient(key.Id, key.Name, null);
            return (await Get<Portal.App.Features.Questions.QuestionService>().SubmitAsync(client, NextCode(), ProbeQuestion)).Id;
        }

        /// <summary>A question an editor typed in (accepted), waiting for the Office leader.</summary>
        public async Task<int> EnteredQuestionAsync() =>
            (await Get<Portal.App.Features.Questions.QuestionService>().EnterAsync(await NewActorAsync(PortalRoles.Editor), ProbeQuestion)).Id;

        /// <summary>An accepted question brought to the stage a probe needs through the domain's own transitions.</summary>
        public async Task<int> QuestionAsync(Action<Portal.Domain.Questions.CitizenQuestion> shape)
        {
            var id = await EnteredQuestionAsync();
            await using var db = await Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var question = await db.CitizenQuestions.Include(q => q.Answers).SingleAsync(q => q.Id == id);
            shape(question);
            await db.SaveChangesAsync();
            return id;
        }

        public async Task<int> QuestionVersionAsync(int id)
        {
            await using var db = await Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            return await db.CitizenQuestions.Where(q => q.Id == id).Select(q => EF.Property<int>(q, PortalDbContext.VersionProperty)).SingleAsync();
        }

        public NewDocument NewDocumentInput(Target target) => new()
        {
            Number = NextCode(),
            Symbol = "UBND-MT",
            Summary = "Về việc thử quyền nhập văn bản",
            IssueDate = new DateTime(2026, 11, 2),
            IssuerUnitId = Committee.Id,
            TrackingSpecialistId = _staff[Office.Id].Specialist,
            Tasks = [new NewTask { Content = "Nhiệm vụ thử quyền", LeadUnitId = UnitOf(target).Id, Deadline = new DateTime(2027, 1, 29), HasDeadline = true }],
        };

        public async Task<(int Id, int Version)> NewDocumentAsync()
        {
            await using var db = await Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var document = new DirectiveDocument(DocumentType.CongVan, NextCode(), "UBND-MT", "Văn bản thử quyền điều chỉnh", new DateOnly(2026, 11, 2),
                                                 Committee.Id, SecrecyLevel.None);
            db.DirectiveDocuments.Add(document);
            await db.SaveChangesAsync();
            return (document.Id, db.VersionOf(document));
        }

        public async Task<(int Id, int Version)> NewProjectAsync(Target target)
        {
            await using var db = await Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var project = new Portal.Domain.Programme.ProgrammeProject(2026, UnitOf(target).Id, "Đề án thử quyền", 11,
                Portal.Domain.Programme.ProjectOrigin.Registered, DateTimeOffset.UtcNow);
            db.ProgrammeProjects.Add(project);
            await db.SaveChangesAsync();
            return (project.Id, db.VersionOf(project));
        }

        public sealed record ProbeTask(int Id, int Version, Guid? SignedFileId);

        /// <summary>
        /// A task of the target unit brought to the state, with the actor in every position a role could act from: the
        /// assigner (tracking specialist), and — on their own unit's task — the specialist it is delegated to.
        /// </summary>
        public async Task<ProbeTask> NewTaskAsync(Actor actor, Target target, TaskState state, bool coordinating = false,
                                                  bool extensionPending = false, bool withSignedFile = false, bool proposalPending = false)
        {
            var calendar = await Get<CalendarCache>().ForProvinceAsync(null);
            var unit = coordinating ? LeadOfCoordination : UnitOf(target);
            var (leaderId, specialistId) = _staff[unit.Id];
            var leader = WorkflowActor.Of(leaderId, unit.Id, PortalRoles.UnitLeader);
            // A unit account has no person to hold a position on the task: the Office's tracker assigns it then.
            var assignerId = target == Target.AssignedByAnother ? _staff[Office.Id].Specialist : actor.PersonId ?? _staff[Office.Id].Specialist;
            var assignee = target == Target.Own && !coordinating && actor.PersonId is { } me ? me : specialistId;
            var now = DateTimeOffset.UtcNow;
            await using var db = await Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var document = await db.DirectiveDocuments.SingleAsync(d => d.Id == _document.Id);
            if (withSignedFile)
            {
                // A document of its own, so the file is reachable through this task only.
                document = new DirectiveDocument(DocumentType.CongVan, NextCode(), "UBND-MT", "Văn bản có tệp", new DateOnly(2026, 11, 2), Committee.Id, SecrecyLevel.None);
                var file = await Get<FileService>().UploadAsync(new MemoryStream("%PDF-1.4 thử"u8.ToArray()), "vanban.pdf", leaderId);
                document.SignedFileId = file.Id;
                db.DirectiveDocuments.Add(document);
                await db.SaveChangesAsync();
            }
            var task = new CaseTask(document, "Nhiệm vụ thử quyền", unit.Id, new DateOnly(2027, 1, 29), reportRequired: true, now, assignerId, calendar)
            {
                TrackingSpecialistId = assignerId,
            };
            if (coordinating) task.AddCoordinatingUnit(UnitOf(target).Id);
            if (state != TaskState.Assigned)
            {
                if (state == TaskState.Returned)
                {
                    task.ReturnToAssigner(leader, now, "Không đúng chức năng");
                }
                else
                {
                    task.Receive(leader, now);
                    if (extensionPending) task.RequestExtension(leader, now, new DateOnly(2027, 3, 31), "Chờ ý kiến Bộ", null);
                    if (proposalPending) task.ProposeAdjustment(leader, now, "Nhiệm vụ thử quyền, điều chỉnh phạm vi", new DateOnly(2027, 3, 31), "Vướng quy định");
                    if (state is TaskState.Delegated or TaskState.DraftPendingApproval or TaskState.Submitted)
                    {
                        task.Delegate(leader, now, assignee, [], null);
                    }
                    if (state is TaskState.DraftPendingApproval or TaskState.Submitted)
                        task.SubmitDraft(WorkflowActor.Of(assignee, unit.Id, PortalRoles.UnitSpecialist), now, Report);
                    if (state == TaskState.Submitted) task.ApproveAndSubmit(leader, now);
                }
            }
            Assert.Equal(state, task.State);
            db.CaseTasks.Add(task);
            await db.SaveChangesAsync();
            return new ProbeTask(task.Id, db.VersionOf(task), document.SignedFileId);
        }
    }
}

public sealed class SqlitePermissionMatrixTests(SqlitePermissionMatrixTests.SqliteProvince province)
    : PermissionMatrixTests(province), IClassFixture<SqlitePermissionMatrixTests.SqliteProvince>
{
    public sealed class SqliteProvince() : Province(DatabaseProvider.Sqlite);
}

public sealed class PostgresPermissionMatrixTests(PostgresPermissionMatrixTests.PostgresProvince province)
    : PermissionMatrixTests(province), IClassFixture<PostgresPermissionMatrixTests.PostgresProvince>
{
    public sealed class PostgresProvince() : Province(DatabaseProvider.Postgres);
}
