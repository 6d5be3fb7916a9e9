using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Directives;
using Portal.App.Features.Notifications;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Notifications;
using Portal.Domain.Questions;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Questions;

/// <summary>
/// Citizens' questions before they are cases (Huế 53 Phụ lục V bước 1–2c): intake from the API or an editor, the editors'
/// acceptance or refusal in their batches, the Office leader's routing to the specialist of the field, the provincial
/// leader's opinion, and the forwarding to the competent units as a <see cref="CaseKind.CitizenQuestion"/> case. After
/// that the engine runs it; <see cref="QuestionPublisher"/> publishes the confirmed answer, and the Office corrects or
/// withdraws it here. Every read is of the reader's province.
/// </summary>
public sealed class QuestionService(IDbContextFactory<PortalDbContext> dbFactory, UnitTreeCache tree, CalendarCache calendars, TimeProvider clock,
                                    TaskNotifier notifier, IOptions<QuestionsOptions> options, Microsoft.AspNetCore.OutputCaching.IOutputCacheStore publicCache)
{
    public const int MaxPageSize = 100;
    public const int MaxSearchLength = 200;
    public const int MaxBatch = 200;

    /// <summary>A question sent by an integrating system; the same <paramref name="externalId"/> again returns the question it made.</summary>
    public async Task<(int Id, string TrackingCode, bool Created)> SubmitAsync(ApiClient client, string? externalId, QuestionInput input, CancellationToken ct = default)
    {
        var external = TextInput.Required(externalId, CitizenQuestion.ExternalIdMaxLength, "Mã câu hỏi của hệ thống gửi (externalId)");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await FindExternalAsync(db, client.KeyId, external, ct) is { } known) return (known.Id, known.TrackingCode, false);
        var province = client.ProvinceId ?? await tree.ReaderProvinceAsync(null, ct);
        var question = new CitizenQuestion(province, NewTrackingCode(), QuestionChannel.Api, client.KeyId, external, null, input, clock.GetUtcNow());
        db.CitizenQuestions.Add(question);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Sent twice at once: the other request made it.
            await using var again = await dbFactory.CreateDbContextAsync(ct);
            if (await FindExternalAsync(again, client.KeyId, external, ct) is { } made) return (made.Id, made.TrackingCode, false);
            throw;
        }
        return (question.Id, question.TrackingCode, true);
    }

    /// <summary>An editor types in a question that came another way (letter, telephone): it is accepted at once, by them.</summary>
    public async Task<(int Id, string TrackingCode)> EnterAsync(Actor actor, QuestionInput input, CancellationToken ct = default)
    {
        var editor = DemandPerson(actor, PortalAction.EnterQuestion);
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, now, ct);
        var question = new CitizenQuestion(province, NewTrackingCode(), QuestionChannel.Editor, null, null, editor, input, now);
        question.Accept(editor, now);
        db.CitizenQuestions.Add(question);
        await db.SaveChangesAsync(ct);
        return (question.Id, question.TrackingCode);
    }

    /// <summary>The editors accept these received questions into the system (their batch).</summary>
    public async Task<int> AcceptAsync(Actor actor, IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        var editor = DemandPerson(actor, PortalAction.ScreenQuestion);
        if (ids.Count == 0) throw new DomainException("Vui lòng chọn câu hỏi cần tiếp nhận.");
        if (ids.Count > MaxBatch) throw new DomainException($"Mỗi lần tiếp nhận tối đa {MaxBatch} câu hỏi.");
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, now, ct);
        var questions = await db.CitizenQuestions.Where(q => ids.Contains(q.Id) && q.ProvinceId == province).ToListAsync(ct);
        if (questions.Count != ids.Distinct().Count()) throw new DomainException("Không tìm thấy câu hỏi này.");
        foreach (var question in questions) question.Accept(editor, now);
        await SaveAsync(db, ct);
        return questions.Count;
    }

    /// <summary>An editor refuses a received question (spam, out of scope) with the reason the asker will read.</summary>
    public Task RefuseAsync(Actor actor, int id, int version, string? reason, CancellationToken ct = default) =>
        StepAsync(actor, id, version, PortalAction.ScreenQuestion, (q, person, now, _) =>
        {
            q.Refuse(person, now, reason);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// The Office leader — or an editor, where the Office delegated routing to the portal (<see cref="QuestionsOptions.EditorsRoute"/>) —
    /// routes an accepted question to the Office's specialist of the field, with a direction; routing again changes the specialist.
    /// </summary>
    public async Task RouteAsync(Actor actor, int id, int version, int specialistId, string? direction, DocumentField? field, CancellationToken ct = default)
    {
        var action = actor.May(PortalAction.RouteQuestion) || !options.Value.EditorsRoute || !actor.May(PortalAction.ScreenQuestion)
            ? PortalAction.RouteQuestion : PortalAction.ScreenQuestion;
        await StepAsync(actor, id, version, action, async (q, person, now, db) =>
        {
            if (!(await TrackingMapService.ConfirmersAmongAsync(db, [specialistId], ct)).Contains(specialistId)
                || !await InProvinceAsync(db, specialistId, q.ProvinceId, ct))
                throw new DomainException("Vui lòng chọn chuyên viên Văn phòng phụ trách lĩnh vực.");
            q.Route(person, specialistId, direction, field, now);
            db.Notifications.Add(new Notification($"question-routed:{q.Id}:{specialistId}:{now.UtcTicks}", specialistId, NotificationKind.QuestionRouted, null,
                "Câu hỏi của công dân được giao theo dõi", $"Câu hỏi \"{Short(q.Title)}\" ({q.TrackingCode}) được chuyển cho anh/chị xử lý.", now)
            { QuestionId = q.Id });
        }, ct);
    }

    /// <summary>The specialist asks a provincial leader's opinion before forwarding (bước 2b).</summary>
    public Task AskOpinionAsync(Actor actor, int id, int version, int leaderId, string? request, CancellationToken ct = default) =>
        StepAsync(actor, id, version, PortalAction.ForwardQuestion, async (q, person, now, db) =>
        {
            var leaders = await PeopleInRoleAsync(db, PortalRoles.ProvincialLeader, [leaderId], ct);
            if (!leaders.Contains(leaderId) || !await InProvinceAsync(db, leaderId, q.ProvinceId, ct))
                throw new DomainException("Vui lòng chọn một lãnh đạo UBND tỉnh.");
            q.AskOpinion(person, leaderId, request, now);
            db.Notifications.Add(new Notification($"question-opinion:{q.Id}:{leaderId}:{now.UtcTicks}", leaderId, NotificationKind.QuestionOpinionAsked, null,
                "Xin ý kiến về câu hỏi của công dân", $"Chuyên viên Văn phòng xin ý kiến về câu hỏi \"{Short(q.Title)}\" ({q.TrackingCode}).", now)
            { QuestionId = q.Id });
        }, ct);

    /// <summary>The provincial leader asked gives the opinion; the specialist is told.</summary>
    public Task GiveOpinionAsync(Actor actor, int id, int version, string? opinion, CancellationToken ct = default) =>
        StepAsync(actor, id, version, PortalAction.GiveQuestionOpinion, (q, person, now, db) =>
        {
            q.GiveOpinion(person, opinion, now);
            db.Notifications.Add(new Notification($"question-opinion-given:{q.Id}:{now.UtcTicks}", q.SpecialistId!.Value, NotificationKind.QuestionOpinionGiven, null,
                "Lãnh đạo UBND tỉnh đã cho ý kiến", $"Đã có ý kiến về câu hỏi \"{Short(q.Title)}\" ({q.TrackingCode}); anh/chị chuyển câu hỏi cho cơ quan chức năng.", now)
            { QuestionId = q.Id });
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// The specialist forwards the question, with the direction, to the competent units (bước 2c): one case on the engine, due in
    /// 5 working days from now (10 when hard or needing several agencies), whose assigner is the specialist. Returns the case.
    /// </summary>
    public async Task<int> ForwardAsync(Actor actor, int id, int version, QuestionForwarding input, CancellationToken ct = default)
    {
        if (input.LeadUnitId is not { } lead) throw new DomainException("Vui lòng chọn cơ quan chủ trì trả lời.");
        CaseTask? task = null;
        (IReadOnlySet<int> People, IReadOnlySet<int> Units) told = (new HashSet<int>(), new HashSet<int>());
        await StepAsync(actor, id, version, PortalAction.ForwardQuestion, async (q, person, now, db) =>
        {
            var note = TextInput.Optional(input.Note, CitizenQuestion.DirectionMaxLength, "Ý kiến chuyển xử lý");
            var coordinating = await CaseUnits.CheckAsync(db, tree, q.ProvinceId, lead, input.CoordinatingUnitIds, "cơ quan chủ trì", ct);
            q.MarkForwarded(person, now);
            var direction = q.DirectionForUnits(note);
            var body = direction is null ? q.Content : $"{q.Content}\n{direction}";
            task = CaseTask.ForQuestion(q, body, lead, input.Complex, now, person, q.OpinionLeaderId, await calendars.ForProvinceAsync(q.ProvinceId, ct));
            foreach (var unit in coordinating) task.AddCoordinatingUnit(unit);
            db.CaseTasks.Add(task);
            await SaveAsync(db, ct);
            told = await NotificationService.AddNewCaseNoticesAsync(db, [task], person, now, ct);
        }, ct);
        NotificationService.PublishNewCases(notifier, [task!], actor.PersonId, told.People, told.Units);
        return task!.Id;
    }

    /// <summary>The Office corrects the published answer: a new version with the reason; the earlier versions stay.</summary>
    public async Task CorrectAnswerAsync(Actor actor, int id, int version, string? answer, string? reason, CancellationToken ct = default)
    {
        await StepAsync(actor, id, version, PortalAction.ManagePublishedAnswers, (q, person, now, _) =>
        {
            q.Correct(answer, reason, person, now);
            return Task.CompletedTask;
        }, ct, includeAnswers: true);
        await publicCache.EvictByTagAsync(PublicPages.CachePolicy, ct);
    }

    /// <summary>The Office withdraws the published answer from the public page, with a reason.</summary>
    public async Task WithdrawAnswerAsync(Actor actor, int id, int version, string? reason, CancellationToken ct = default)
    {
        await StepAsync(actor, id, version, PortalAction.ManagePublishedAnswers, (q, person, now, _) =>
        {
            q.Withdraw(person, reason, now);
            return Task.CompletedTask;
        }, ct, includeAnswers: true);
        await publicCache.EvictByTagAsync(PublicPages.CachePolicy, ct);
    }

    /// <summary>The staff's list of the province's questions at one stage (or all), newest first, searched without accents.</summary>
    public async Task<QuestionPage> ListAsync(Actor actor, QuestionQuery query, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.OpenQuestions);
        if (query.Text is { Length: > MaxSearchLength }) throw new DomainException($"Nội dung tìm kiếm dài tối đa {MaxSearchLength} ký tự.");
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(query.Page, 0);
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = db.CitizenQuestions.AsNoTracking().Where(q => q.ProvinceId == province);
        if (query.Stage is { } stage) rows = rows.Where(q => q.Stage == stage);
        if (query.Mine && actor.PersonId is { } me) rows = rows.Where(q => q.SpecialistId == me || q.OpinionLeaderId == me);
        else if (query.Mine) rows = rows.Where(_ => false);
        foreach (var word in TextFolding.Fold(query.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries)) rows = rows.Where(q => q.SearchText.Contains(word));
        var total = await rows.CountAsync(ct);
        var list = await rows.OrderByDescending(q => q.ReceivedAt).ThenByDescending(q => q.Id).Skip(page * pageSize).Take(pageSize)
            .Select(q => new { q.Id, q.TrackingCode, q.Title, q.AskerName, q.Channel, q.ReceivedAt, q.Stage, q.SpecialistId, q.IsPublic, q.WithdrawnAt, q.ScreenedAt, q.OpinionLeaderId, q.Opinion })
            .ToListAsync(ct);
        var specialists = await NamesAsync(db, list.Select(q => q.SpecialistId).OfType<int>(), ct);
        var calendar = await calendars.ForProvinceAsync(province, ct);
        var intake = options.Value.IntakeTimes;
        var routing = options.Value.RoutingTimes;
        return new QuestionPage([.. list.Select(q => new QuestionRow(q.Id, q.TrackingCode, q.Title, q.AskerName, q.Channel, q.ReceivedAt, q.Stage,
            q.SpecialistId is { } s ? specialists.GetValueOrDefault(s) : null, q.IsPublic, q.WithdrawnAt is not null,
            q.Stage switch
            {
                QuestionStage.Received => QuestionBatches.BatchOf(q.ReceivedAt, intake, calendar),
                QuestionStage.Accepted => QuestionBatches.BatchOf(q.ScreenedAt ?? q.ReceivedAt, routing, calendar),
                _ => null,
            },
            q.OpinionLeaderId is not null && q.Opinion is null))], total);
    }

    /// <summary>How many questions wait at each stage of the reader's province, for the tabs and the desk.</summary>
    public async Task<IReadOnlyDictionary<QuestionStage, int>> CountsAsync(Actor actor, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.OpenQuestions);
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CitizenQuestions.AsNoTracking().Where(q => q.ProvinceId == province).GroupBy(q => q.Stage)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }

    /// <summary>One question for the staff, the asker's contact data included; none when it is not of the reader's province.</summary>
    public async Task<QuestionDetail?> GetAsync(Actor actor, int id, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.OpenQuestions);
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var q = await db.CitizenQuestions.AsNoTracking().Include(x => x.Answers).SingleOrDefaultAsync(x => x.Id == id && x.ProvinceId == province, ct);
        if (q is null) return null;
        var version = await db.CitizenQuestions.Where(x => x.Id == id).Select(x => EF.Property<int>(x, PortalDbContext.VersionProperty)).SingleAsync(ct);
        var caseInfo = await db.CaseTasks.AsNoTracking().Where(t => t.QuestionId == id).Select(t => new { t.Id, t.State, t.EffectiveDeadline }).FirstOrDefaultAsync(ct);
        var names = await NamesAsync(db, new[] { q.SpecialistId, q.OpinionLeaderId, q.RoutedById, q.ScreenedById, q.WithdrawnById }
            .Concat(q.Answers.Select(a => (int?)a.PublishedById)).OfType<int>(), ct);
        string? Name(int? person) => person is { } p ? names.GetValueOrDefault(p) : null;
        var me = actor.PersonId;
        var routeAction = options.Value.EditorsRoute && actor.May(PortalAction.ScreenQuestion) ? PortalAction.ScreenQuestion : PortalAction.RouteQuestion;
        return new QuestionDetail(q.Id, version, q.TrackingCode, q.Channel, q.ExternalId, q.AskerName, q.AskerEmail, q.AskerPhone, q.AskerAddress, q.Title, q.Content,
            q.Field, q.ReceivedAt, q.Stage, q.PublicState, q.RefusalReason, q.ScreenedAt, Name(q.ScreenedById), q.RoutedAt, Name(q.RoutedById), q.SpecialistId,
            Name(q.SpecialistId), q.RoutingDirection, q.OpinionLeaderId, Name(q.OpinionLeaderId), q.OpinionRequest, q.OpinionAskedAt, q.Opinion, q.OpinionGivenAt,
            q.ForwardedAt, caseInfo?.Id, caseInfo?.State, caseInfo?.EffectiveDeadline, q.IsPublic, q.WithdrawnAt, Name(q.WithdrawnById), q.WithdrawalReason,
            [.. q.Answers.OrderByDescending(a => a.Version).Select(a => new AnswerVersion(a.Version, a.Text, a.AnsweringUnit, a.AnsweredOn, a.PublishedAt, Name(a.PublishedById), a.Note))],
            MayScreen: q.Stage == QuestionStage.Received && actor.May(PortalAction.ScreenQuestion) && me is not null,
            MayRoute: q.Stage is QuestionStage.Accepted or QuestionStage.Routed && actor.May(routeAction) && me is not null,
            MayForward: q.Stage == QuestionStage.Routed && q.SpecialistId == me && me is not null && actor.May(PortalAction.ForwardQuestion),
            MayGiveOpinion: q.Stage == QuestionStage.Routed && q.OpinionLeaderId == me && q.Opinion is null && me is not null && actor.May(PortalAction.GiveQuestionOpinion),
            MayManageAnswer: q.Answers.Count > 0 && actor.May(PortalAction.ManagePublishedAnswers) && me is not null);
    }

    /// <summary>
    /// Tells the editors how many questions their due intake batch holds, and the Office's leaders (or the editors, when
    /// delegated) how many wait to be routed: once per batch and person. Run by <c>QuestionBatchJob</c> at the batch hours.
    /// </summary>
    public async Task<int> AnnounceBatchesAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var added = new List<Notification>();
        foreach (var province in await tree.ProvincesAsync(ct))
        {
            var calendar = await calendars.ForProvinceAsync(province, ct);
            if (!calendar.IsWorkingDay(VietnamTime.DateOf(now))) continue;
            var waiting = await db.CitizenQuestions.AsNoTracking().Where(q => q.ProvinceId == province && (q.Stage == QuestionStage.Received || q.Stage == QuestionStage.Accepted))
                .Select(q => new { q.Stage, q.ReceivedAt, q.ScreenedAt }).ToListAsync(ct);
            var toScreen = waiting.Count(q => q.Stage == QuestionStage.Received && QuestionBatches.BatchOf(q.ReceivedAt, options.Value.IntakeTimes, calendar) <= now);
            var toRoute = waiting.Count(q => q.Stage == QuestionStage.Accepted && QuestionBatches.BatchOf(q.ScreenedAt ?? q.ReceivedAt, options.Value.RoutingTimes, calendar) <= now);
            var units = (await tree.SubtreeAsync(province, ct)).ToHashSet();
            var batch = $"{VietnamTime.ToVietnam(now):yyyyMMddHHmm}";
            if (toScreen > 0)
                foreach (var person in await StaffAsync(db, [PortalRoles.Editor], units, now, ct))
                    added.Add(new Notification($"questions-screen:{province}:{batch}:{person}", person, NotificationKind.QuestionsToScreen, null,
                        "Câu hỏi chờ tiếp nhận", $"Có {toScreen} câu hỏi của công dân chờ Ban biên tập tiếp nhận.", now));
            if (toRoute > 0)
                foreach (var person in await StaffAsync(db, options.Value.EditorsRoute ? [PortalRoles.OfficeLeader, PortalRoles.Editor] : [PortalRoles.OfficeLeader], units, now, ct))
                    added.Add(new Notification($"questions-route:{province}:{batch}:{person}", person, NotificationKind.QuestionsToRoute, null,
                        "Câu hỏi chờ chuyển xử lý", $"Có {toRoute} câu hỏi của công dân chờ chuyển cho chuyên viên phụ trách.", now));
        }
        var keys = added.Select(n => n.Key).ToList();
        var known = await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct);
        added.RemoveAll(n => known.Contains(n.Key));
        if (added.Count == 0) return 0;
        db.Notifications.AddRange(added);
        await db.SaveChangesAsync(ct);
        notifier.PublishNotifications(added.Select(n => n.RecipientId).OfType<int>().ToHashSet());
        return added.Count;
    }

    private async Task StepAsync(Actor actor, int id, int version, PortalAction action, Func<CitizenQuestion, int, DateTimeOffset, PortalDbContext, Task> step,
                                 CancellationToken ct, bool includeAnswers = false)
    {
        var person = DemandPerson(actor, action);
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, now, ct);
        IQueryable<CitizenQuestion> query = includeAnswers ? db.CitizenQuestions.Include(q => q.Answers) : db.CitizenQuestions;
        var question = await query.SingleOrDefaultAsync(q => q.Id == id && q.ProvinceId == province, ct) ?? throw new DomainException("Không tìm thấy câu hỏi này.");
        db.Entry(question).Property<int>(PortalDbContext.VersionProperty).OriginalValue = version;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await step(question, person, now, db);
        await SaveAsync(db, ct);
        await transaction.CommitAsync(ct);
        notifier.PublishNotifications(db.ChangeTracker.Entries<Notification>().Select(e => e.Entity.RecipientId).OfType<int>().ToHashSet());
    }

    private static async Task SaveAsync(PortalDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Câu hỏi vừa được người khác cập nhật nên thao tác của bạn chưa được lưu; trang đã được tải lại, vui lòng kiểm tra và thực hiện lại.");
        }
    }

    private static int DemandPerson(Actor actor, PortalAction action)
    {
        actor.Demand(action);
        return actor.PersonId ?? throw new ForbiddenException(TaskWorkflowService.NoPersonMessage);
    }

    private static Task<CitizenQuestion?> FindExternalAsync(PortalDbContext db, int keyId, string externalId, CancellationToken ct) =>
        db.CitizenQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.ApiKeyId == keyId && q.ExternalId == externalId, ct);

    private async Task<bool> InProvinceAsync(PortalDbContext db, int personId, int province, CancellationToken ct)
    {
        var unit = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => (int?)p.UnitId).SingleOrDefaultAsync(ct);
        return unit is { } u && (await tree.SubtreeAsync(province, ct)).Contains(u);
    }

    /// <summary>The people among <paramref name="ids"/> whose active account holds the role.</summary>
    internal static async Task<HashSet<int>> PeopleInRoleAsync(PortalDbContext db, string role, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var query = from u in db.Users
                    join ur in db.UserRoles on u.Id equals ur.UserId
                    join r in db.Roles on ur.RoleId equals r.Id
                    where r.Name == role && u.PersonId != null
                    select u.PersonId!.Value;
        if (ids is not null) query = query.Where(p => ids.Contains(p));
        return [.. await query.Distinct().ToListAsync(ct)];
    }

    private static async Task<IReadOnlyList<int>> StaffAsync(PortalDbContext db, IReadOnlyCollection<string> roles, IReadOnlySet<int> units, DateTimeOffset now, CancellationToken ct)
    {
        var accounts = await (from u in db.Users
                              join ur in db.UserRoles on u.Id equals ur.UserId
                              join r in db.Roles on ur.RoleId equals r.Id
                              where roles.Contains(r.Name!) && u.PersonId != null && u.UnitId != null && units.Contains(u.UnitId.Value)
                              select new { Person = u.PersonId!.Value, u.LockoutEnd }).ToListAsync(ct);
        return [.. accounts.Where(a => !(a.LockoutEnd > now)).Select(a => a.Person).Distinct()];
    }

    private static async Task<Dictionary<int, string>> NamesAsync(PortalDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => list.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
    }

    private static string NewTrackingCode() => RandomNumberGenerator.GetString(CitizenQuestion.TrackingAlphabet, CitizenQuestion.TrackingCodeLength);

    private static string Short(string text) => text.Length <= 80 ? text : text[..80] + "…";
}

/// <summary>The integrating system behind an API key.</summary>
public sealed record ApiClient(int KeyId, string Name, int? ProvinceId);

/// <summary>What the specialist fills in to forward a question to the competent units.</summary>
public sealed class QuestionForwarding
{
    public int? LeadUnitId { get; set; }
    public IReadOnlyCollection<int> CoordinatingUnitIds { get; set; } = [];
    public string? Note { get; set; }
    /// <summary>Hard, or needing several agencies: 10 working days instead of 5.</summary>
    public bool Complex { get; set; }
}

public sealed record QuestionQuery(QuestionStage? Stage = null, string? Text = null, bool Mine = false, int Page = 0, int PageSize = 20);

public sealed record QuestionRow(int Id, string TrackingCode, string Title, string AskerName, QuestionChannel Channel, DateTimeOffset ReceivedAt, QuestionStage Stage,
                                 string? Specialist, bool IsPublic, bool Withdrawn, DateTimeOffset? Batch, bool AwaitsOpinion);

public sealed record QuestionPage(IReadOnlyList<QuestionRow> Rows, int Total);

public sealed record AnswerVersion(int Version, string Text, string AnsweringUnit, DateOnly AnsweredOn, DateTimeOffset PublishedAt, string? PublishedBy, string? Note);

public sealed record QuestionDetail(
    int Id, int Version, string TrackingCode, QuestionChannel Channel, string? ExternalId, string AskerName, string? AskerEmail, string? AskerPhone, string? AskerAddress,
    string Title, string Content, DocumentField? Field, DateTimeOffset ReceivedAt, QuestionStage Stage, QuestionPublicState PublicState, string? RefusalReason,
    DateTimeOffset? ScreenedAt, string? ScreenedBy, DateTimeOffset? RoutedAt, string? RoutedBy, int? SpecialistId, string? Specialist, string? RoutingDirection,
    int? OpinionLeaderId, string? OpinionLeader, string? OpinionRequest, DateTimeOffset? OpinionAskedAt, string? Opinion, DateTimeOffset? OpinionGivenAt,
    DateTimeOffset? ForwardedAt, int? CaseId, TaskState? CaseState, DateOnly? CaseDeadline, bool IsPublic, DateTimeOffset? WithdrawnAt, string? WithdrawnBy,
    string? WithdrawalReason, IReadOnlyList<AnswerVersion> Answers, bool MayScreen, bool MayRoute, bool MayForward, bool MayGiveOpinion, bool MayManageAnswer);
