using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Directives;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Complaints;
using Portal.Domain.Security;

namespace Portal.App.Features.Complaints;

/// <summary>A letter the look-up found: where it was received, when, how it stands, who entered it, and why it matched.</summary>
public sealed record LetterMatch(int LetterId, int CaseId, int Occurrence, int CaseLetters, string Agency, DateOnly ReceivedOn, LetterStage Stage,
                                 string Handler, IReadOnlyList<string> Complainants, string? Respondent, string Excerpt, int Score,
                                 IReadOnlyList<MatchReason> Reasons);

/// <summary>A row of an agency's list of letters.</summary>
public sealed record LetterRow(int LetterId, int CaseId, int Occurrence, DateOnly ReceivedOn, string Complainants, string? Respondent, string Excerpt,
                               LetterContent ContentKind, ComplaintField Field, LetterStage Stage, DateOnly DecisionDueOn);

public sealed record LetterListFilter(LetterStage? Stage = null, string? Search = null);

/// <summary>A letter as its page shows it: the letter, the other letters of its case, the copies noted and its creation log.</summary>
public sealed record LetterView(ComplaintLetter Letter, int Version, string Agency, string EnteredBy, string? ClassifiedBy, bool MayCorrect, bool MayClassify,
                                IReadOnlyList<CaseLetterRow> CaseLetters, IReadOnlyList<CopyRow> Copies, IReadOnlyList<LogRow> Log,
                                IReadOnlyList<ResolutionTaskRow> Tasks, bool MayAssignTask, int CaseVersion = 0, bool MayResolve = false)
{
    /// <summary>The case's documents in force: every letter's scans and the file's documents, in the order they were attached.</summary>
    public IReadOnlyList<DocumentRow> Documents { get; init; } = [];
    /// <summary>Whether the reader may attach this letter's scans (its agency) and the file's documents (the agency holding the accepted case).</summary>
    public bool MayAttachToLetter { get; init; }
    public bool MayAttachToFile { get; init; }
}

/// <summary>A document of a case: what it is, its file, who attached it through which letter, and whether the reader may remove it.</summary>
public sealed record DocumentRow(long Id, ComplaintDocumentKind Kind, string Title, Guid FileId, string FileName, long Size, string AddedBy, DateTimeOffset AddedAt,
                                 int LetterId, int Occurrence, bool MayRemove);

/// <summary>A resolution task of the case's file, as the engine holds it.</summary>
public sealed record ResolutionTaskRow(int TaskId, string Content, string LeadUnit, DateOnly? Deadline, Portal.Domain.Cases.TaskState State);

/// <summary>What the Office enters for a resolution task the People's Committee assigned in a file (Quyết định 1122/2017 Điều 5.2a).</summary>
public sealed class ResolutionTaskInput
{
    public string? Content { get; set; }
    public int? LeadUnitId { get; set; }
    public IReadOnlyCollection<int> CoordinatingUnitIds { get; set; } = [];
    public DateOnly? Deadline { get; set; }
    /// <summary>The assigning document: number, symbol, date ("125/UBND-TCD ngày 02/11/2026").</summary>
    public string? AssigningDocument { get; set; }
    public bool Secret { get; set; }
    /// <summary>The Office's specialist who follows it and confirms the result; the one entering it when they may confirm.</summary>
    public int? TrackerId { get; set; }
}

public sealed record CaseLetterRow(int LetterId, int Occurrence, DateOnly ReceivedOn, string Agency, LetterStage Stage, string EnteredBy);

public sealed record CopyRow(string Agency, DateOnly ReceivedOn, string RecordedBy, DateTimeOffset RecordedAt, string? Note);

public sealed record LogRow(DateTimeOffset At, string Person, LetterLogAction Action, string Details);

/// <summary>
/// Complaint letters at the intake agencies (Quyết định 1122/2017): the look-up across every agency of the province that comes
/// before any entry (Điều 5.1 "phải tra cứu"), the entry of a new case's letter or of a repeat letter on a case found, the note
/// that the same letter was already received elsewhere, correction and classification (Thông tư 05/2021/TT-TTCP). Every read
/// is of the reader's province; an agency enters and classifies only its own letters; every step is by a personal account.
/// </summary>
public sealed class ComplaintService(IDbContextFactory<PortalDbContext> dbFactory, UnitTreeCache tree, CalendarCache calendars, RuleProfiles profiles, TimeProvider clock,
                                     TaskNotifier notifier)
{
    public const int MaxMatches = 20;
    public const int MaxCandidates = 200;
    public const int MaxWords = 8;
    public const int MaxPageSize = 100;
    public const int MaxSearchLength = 200;
    public const string NotFound = "Không tìm thấy đơn thư này.";

    /// <summary>
    /// Finds the letters of every agency of the province that match the query, strongest first (at most <see cref="MaxMatches"/>):
    /// the ID number and the phone exactly, the name whatever the order of its words, the words typed (name and address
    /// together, accents and case ignored) and similar content; each scored by <see cref="ComplaintLookup"/>.
    /// </summary>
    public async Task<IReadOnlyList<LetterMatch>> LookUpAsync(Actor actor, LookupQuery query, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.LookUpComplaints);
        if (query.Problems() is [var first, ..]) throw new DomainException(first);
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var letters = db.ComplaintLetters.AsNoTracking().Where(l => l.ProvinceId == province);
        var candidates = new HashSet<int>();
        async Task Add(IQueryable<int> ids) => candidates.UnionWith(await ids.Take(MaxCandidates).ToListAsync(ct));

        var byComplainant = db.LetterComplainants.AsNoTracking().Where(c => letters.Any(l => l.Id == c.LetterId));
        if (ComplaintLookup.IdNumberKey(query.IdNumber) is { } id) await Add(byComplainant.Where(c => c.IdKey == id).Select(c => c.LetterId));
        if (ComplaintLookup.PhoneKey(query.Phone) is { } phone) await Add(byComplainant.Where(c => c.PhoneKey == phone).Select(c => c.LetterId));
        if (LetterComplainant.NameKeyOf(query.Name) is { Length: > 0 } name) await Add(byComplainant.Where(c => c.NameKey == name).Select(c => c.LetterId));
        // Every word of the name, the address, the respondent and the free text must be in the letter (up to eight, numbers
        // first — a house number says more than "phuong" — then the longest: a name and an address together pick out the
        // letters of that person, where four common words matched thousands);
        // of the content's longest words, at least two. Read from the providers' word indexes (LetterWordIndex), the most
        // recent letters first; SQL Server, which has none, reads the text.
        var words = ComplaintLookup.Words(string.Join(' ', query.Words, query.Name, query.Address, query.Respondent)).Distinct()
            .OrderByDescending(w => w.All(char.IsAsciiDigit)).ThenByDescending(w => w.Length).Take(MaxWords).ToList();
        if (words.Count > 0)
        {
            await Add(LetterWordIndex.Holding(db, letters, words, words.Count, MaxCandidates).OrderByDescending(l => l.ReceivedOn).Select(l => l.Id));
        }
        var content = ComplaintLookup.Words(query.Content).Where(w => w.Length >= 3).Distinct().OrderByDescending(w => w.Length).Take(5).ToList();
        if (content.Count > 0)
        {
            var needed = Math.Min(2, content.Count);
            await Add(LetterWordIndex.Holding(db, letters, content, needed, MaxCandidates).OrderByDescending(l => l.ReceivedOn).Select(l => l.Id));
        }
        if (candidates.Count == 0) return [];

        // Only what the scoring and the list need, not the letters (PostgreSQL's stored words of each would come along).
        var ids = candidates.ToList();
        var found = await db.ComplaintLetters.AsNoTracking().Where(l => ids.Contains(l.Id))
            .Select(l => new { l.Id, l.CaseId, l.Occurrence, l.Case.LetterCount, l.AgencyId, l.ReceivedOn, l.Stage, l.EnteredById, l.Respondent, l.Content })
            .ToListAsync(ct);
        var signatories = (await db.LetterComplainants.AsNoTracking().Where(c => ids.Contains(c.LetterId)).OrderBy(c => c.Position)
            .Select(c => new { c.LetterId, c.Name, c.IdNumber, c.Phone, c.Address }).ToListAsync(ct)).ToLookup(c => c.LetterId);
        var scored = found
            .Select(l => (Letter: l, Score: signatories[l.Id].Select(c => ComplaintLookup.Score(query, new LookupCandidate(c.Name, c.IdNumber, c.Phone, c.Address, l.Respondent, l.Content)))
                .MaxBy(s => s.Score) ?? LookupScore.None))
            .Where(x => x.Score.Matches)
            .OrderByDescending(x => x.Score.Score).ThenByDescending(x => x.Letter.ReceivedOn).ThenByDescending(x => x.Letter.Id)
            .Take(MaxMatches).ToList();
        var names = await NamesAsync(db, scored.Select(x => x.Letter.AgencyId), scored.Select(x => x.Letter.EnteredById), ct);
        return [.. scored.Select(x => new LetterMatch(x.Letter.Id, x.Letter.CaseId, x.Letter.Occurrence, x.Letter.LetterCount,
            names.Units.GetValueOrDefault(x.Letter.AgencyId, ""), x.Letter.ReceivedOn, x.Letter.Stage, names.People.GetValueOrDefault(x.Letter.EnteredById, ""),
            [.. signatories[x.Letter.Id].Select(c => c.Name)], x.Letter.Respondent, Excerpt(x.Letter.Content), x.Score.Score, x.Score.Reasons))];
    }

    /// <summary>
    /// Enters a letter received by <paramref name="agencyId"/>: a new case's first letter, or — <paramref name="repeatOfCaseId"/> —
    /// a repeat letter on a case the look-up found (at any agency of the province), counted as "nhiều lần".
    /// </summary>
    public async Task<int> EnterAsync(Actor actor, int agencyId, LetterInput input, int? repeatOfCaseId = null, CancellationToken ct = default)
    {
        var person = await DemandOnAgencyAsync(actor, PortalAction.EnterComplaintLetter, agencyId, ct);
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        input.Demand(today);
        var province = await tree.ProvinceOfAsync(agencyId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, now, ct);
        var plan = await PlanForAsync(db, agencyId, ct, activeOnly: true) ?? throw new DomainException("Cơ quan tiếp nhận không còn hoạt động.");
        ComplaintCase complaintCase;
        ComplaintLetter? first = null;
        if (repeatOfCaseId is { } caseId)
        {
            complaintCase = await db.ComplaintCases.SingleOrDefaultAsync(c => c.Id == caseId && c.ProvinceId == province, ct)
                            ?? throw new DomainException("Không tìm thấy vụ việc này.");
            first = await db.ComplaintLetters.Include(l => l.Log).SingleOrDefaultAsync(l => l.CaseId == caseId && l.Occurrence == 1, ct);
        }
        else
        {
            complaintCase = new ComplaintCase(province, agencyId, person, now);
            db.ComplaintCases.Add(complaintCase);
        }
        var letter = new ComplaintLetter(complaintCase, agencyId, input, person, now, today, plan);
        first?.NoteRepeat(letter, now);
        db.ComplaintLetters.Add(letter);
        await SaveAsync(db, ct, "Vụ việc vừa nhận thêm đơn khác nên đơn của bạn chưa được lưu; vui lòng thực hiện lại.");
        return letter.Id;
    }

    /// <summary>Notes that the actor's agency received the same letter already held elsewhere (not entered twice).</summary>
    public async Task NoteCopyAsync(Actor actor, int letterId, DateOnly? receivedOn, string? note, CancellationToken ct = default)
    {
        if (actor.UnitId is not { } agency) throw Access.Forbidden(PortalAction.EnterComplaintLetter);
        var person = await DemandOnAgencyAsync(actor, PortalAction.EnterComplaintLetter, agency, ct);
        if (receivedOn is not { } on) throw new DomainException("Vui lòng nhập ngày nhận đơn.");
        var province = await tree.ProvinceOfAsync(agency, ct);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, now, ct);
        var letter = await db.ComplaintLetters.Include(l => l.Copies).Include(l => l.Log)
                         .SingleOrDefaultAsync(l => l.Id == letterId && l.ProvinceId == province, ct) ?? throw new DomainException(NotFound);
        letter.NoteCopy(agency, on, person, now, VietnamTime.DateOf(now), note);
        await SaveAsync(db, ct, "Đơn vừa được người khác cập nhật; vui lòng thực hiện lại.");
    }

    /// <summary>Corrects what was typed, while the letter waits for classification (its own agency).</summary>
    public Task CorrectAsync(Actor actor, int letterId, int version, LetterInput input, CancellationToken ct = default) =>
        StepAsync(actor, letterId, version, PortalAction.EnterComplaintLetter, async (letter, person, now, db) =>
        {
            var plan = (await PlanForAsync(db, letter.AgencyId, ct))!;
            await db.Entry(letter).Reference(l => l.Case).LoadAsync(ct);
            letter.Correct(person, now, input, VietnamTime.DateOf(now), plan);
        }, ct);

    /// <summary>Classifies the letter by content, eligibility and competence (its own agency).</summary>
    public Task ClassifyAsync(Actor actor, int letterId, int version, LetterClassification classification, CancellationToken ct = default) =>
        StepAsync(actor, letterId, version, PortalAction.ClassifyComplaintLetter, async (letter, person, now, db) =>
        {
            await db.Entry(letter).Reference(l => l.Case).LoadAsync(ct);
            letter.Classify(person, classification, now, VietnamTime.DateOf(now), await PlanForAsync(db, letter.AgencyId, ct));
        }, ct);

    /// <summary>
    /// The Office enters a resolution task the People's Committee assigned in an accepted case's file (Điều 5.2): a
    /// <see cref="Portal.Domain.Cases.CaseKind.ComplaintResolution"/> case on the engine, with the deadline of the assigning
    /// document (required; nothing secret, Điều 7.1), on the lead unit's desk as new work.
    /// </summary>
    public async Task<int> AssignTaskAsync(Actor actor, int caseId, ResolutionTaskInput input, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (person, province, now, file) = await OpenCaseAsync(db, actor, PortalAction.AssignComplaintTask, caseId, ct);
        if (input.LeadUnitId is not { } lead) throw new DomainException("Vui lòng chọn đơn vị chủ trì giải quyết.");
        if (!file.IsAccepted) throw new DomainException("Vụ việc chưa được thụ lý giải quyết; chưa giao được nhiệm vụ giải quyết.");
        var coordinating = await CaseUnits.CheckAsync(db, tree, province, lead, input.CoordinatingUnitIds, "đơn vị chủ trì", ct);
        var tracker = input.TrackerId ?? person;
        if (!(await TrackingMapService.ConfirmersAmongAsync(db, [tracker], ct)).Contains(tracker))
            throw new DomainException(input.TrackerId is null
                ? "Vui lòng chọn chuyên viên Văn phòng theo dõi, xác nhận kết quả nhiệm vụ."
                : "Chuyên viên theo dõi phải là người có quyền xác nhận kết quả.");
        var task = Portal.Domain.Cases.CaseTask.ForComplaint(file, input.Content, lead, input.Deadline, input.Secret, input.AssigningDocument, now, person, tracker,
                                                           await calendars.ForProvinceAsync(province, ct));
        foreach (var unit in coordinating) task.AddCoordinatingUnit(unit);
        db.CaseTasks.Add(task);
        (IReadOnlySet<int> People, IReadOnlySet<int> Units) told;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            told = await Portal.App.Features.Notifications.NotificationService.AddNewCaseNoticesAsync(db, [task], person, now, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        Portal.App.Features.Notifications.NotificationService.PublishNewCases(notifier, [task], person, told.People, told.Units);
        return task.Id;
    }

    /// <summary>
    /// Attaches a file the actor uploaded (its type checked by its content) to a letter: the letter's scans, by its agency; or a
    /// document of the case's file (acceptance notice, verification, decision, execution), by the agency holding the accepted case.
    /// Written in the letter's creation log and the audit trail.
    /// </summary>
    public async Task<long> AttachAsync(Actor actor, int letterId, ComplaintDocumentKind kind, string? title, Guid? fileId, CancellationToken ct = default)
    {
        var action = ActionFor(kind);
        actor.Demand(action);
        var person = actor.PersonId ?? throw new ForbiddenException(TaskWorkflowService.NoPersonMessage);
        if (fileId is not { } id) throw new DomainException("Vui lòng chọn tệp tài liệu để đính kèm.");
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, now, ct);
        var letter = await db.ComplaintLetters.Include(l => l.Case).Include(l => l.Log)
                         .SingleOrDefaultAsync(l => l.Id == letterId && l.ProvinceId == province, ct) ?? throw new DomainException(NotFound);
        DemandOnDocuments(actor, action, kind, letter);
        // Only a file the actor uploaded, and only once: an id seen elsewhere gives no way to another person's upload.
        var file = await db.Files.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.UploadedById == person, ct)
                   ?? throw new DomainException("Không tìm thấy tệp bạn vừa tải lên; vui lòng tải tệp lên lại.");
        if (await db.ComplaintDocuments.AnyAsync(d => d.FileId == id, ct)) throw new DomainException("Tệp này đã được đính kèm vào hồ sơ.");
        var onCase = await db.ComplaintDocuments.CountAsync(d => d.CaseId == letter.CaseId && d.RemovedAt == null, ct);
        var document = letter.Attach(kind, title, id, file.FileName, person, now, onCase);
        db.ComplaintDocuments.Add(document);
        await SaveAsync(db, ct, "Tệp này vừa được đính kèm; vui lòng tải lại trang.");
        return document.Id;
    }

    /// <summary>Removes a document from the case (the one who may attach it); it stays in the log and the trail, marked removed.</summary>
    public async Task RemoveDocumentAsync(Actor actor, long documentId, CancellationToken ct = default)
    {
        var person = actor.PersonId ?? throw new ForbiddenException(TaskWorkflowService.NoPersonMessage);
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, now, ct);
        var document = await db.ComplaintDocuments.Include(d => d.Letter).ThenInclude(l => l.Case).Include(d => d.Letter).ThenInclude(l => l.Log)
                           .SingleOrDefaultAsync(d => d.Id == documentId && d.Letter.ProvinceId == province, ct)
                       ?? throw new DomainException("Không tìm thấy tài liệu này.");
        var action = ActionFor(document.Kind);
        actor.Demand(action);
        DemandOnDocuments(actor, action, document.Kind, document.Letter);
        document.Letter.Remove(document, person, now);
        await SaveAsync(db, ct, "Tài liệu vừa được người khác cập nhật; vui lòng tải lại trang.");
    }

    private static PortalAction ActionFor(ComplaintDocumentKind kind) =>
        kind == ComplaintDocumentKind.Letter ? PortalAction.EnterComplaintLetter : PortalAction.RecordComplaintDecision;

    /// <summary>A letter's scans are its agency's; the file's documents are the agency's that holds the case.</summary>
    private static void DemandOnDocuments(Actor actor, PortalAction action, ComplaintDocumentKind kind, ComplaintLetter letter)
    {
        var agency = kind == ComplaintDocumentKind.Letter ? letter.AgencyId : letter.Case.AgencyId;
        if (!actor.MayOnUnit(action, agency))
            throw new ForbiddenException(kind == ComplaintDocumentKind.Letter
                ? "Chỉ cơ quan tiếp nhận đơn mới đính kèm, gỡ tài liệu của đơn."
                : "Chỉ cơ quan thụ lý giải quyết vụ việc mới đính kèm, gỡ tài liệu của hồ sơ giải quyết.");
    }

    /// <summary>The agency holding the case records the decision that resolved its file (once; checked against the case's version).</summary>
    public async Task ResolveAsync(Actor actor, int caseId, int version, ComplaintDecision decision, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (person, _, now, file) = await OpenCaseAsync(db, actor, PortalAction.RecordComplaintDecision, caseId, ct);
        if (!actor.MayOnUnit(PortalAction.RecordComplaintDecision, file.AgencyId))
            throw new ForbiddenException($"Bạn không có quyền {Permissions.Label(PortalAction.RecordComplaintDecision)} của cơ quan khác.");
        db.ExpectVersion(file, version);
        file.Resolve(person, decision, now, VietnamTime.DateOf(now));
        // Written in the creation log of the letter that opened the case.
        var opening = await db.ComplaintLetters.Include(l => l.Log).SingleAsync(l => l.CaseId == caseId && l.Occurrence == 1, ct);
        opening.NoteResolution(person, now);
        await SaveAsync(db, ct, "Vụ việc vừa được người khác cập nhật; trang đã được tải lại, vui lòng kiểm tra và thực hiện lại.");
    }

    /// <summary>A letter's page: the letter, its case's letters at every agency, the copies noted, its creation log.</summary>
    public async Task<LetterView> GetAsync(Actor actor, int letterId, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.LookUpComplaints);
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var letter = await db.ComplaintLetters.AsNoTracking().Include(l => l.Complainants.OrderBy(c => c.Position)).Include(l => l.Copies)
                         .Include(l => l.Log.OrderBy(e => e.At).ThenBy(e => e.Id)).Include(l => l.Case).AsSplitQuery()
                         .SingleOrDefaultAsync(l => l.Id == letterId && l.ProvinceId == province, ct) ?? throw new DomainException(NotFound);
        var version = await db.ComplaintLetters.Where(l => l.Id == letterId).Select(l => EF.Property<int>(l, PortalDbContext.VersionProperty)).SingleAsync(ct);
        var caseLetters = await db.ComplaintLetters.AsNoTracking().Where(l => l.CaseId == letter.CaseId).OrderBy(l => l.Occurrence)
            .Select(l => new { l.Id, l.Occurrence, l.ReceivedOn, l.AgencyId, l.Stage, l.EnteredById }).Take(500).ToListAsync(ct);
        var tasks = await db.CaseTasks.AsNoTracking().Where(t => t.ComplaintCaseId == letter.CaseId && t.ParentTaskId == null).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.Content, t.LeadUnitId, t.EffectiveDeadline, t.State }).Take(200).ToListAsync(ct);
        var documents = await (from d in db.ComplaintDocuments.AsNoTracking()
                               join f in db.Files.AsNoTracking() on d.FileId equals f.Id
                               where d.CaseId == letter.CaseId && d.RemovedAt == null
                               orderby d.AddedAt, d.Id
                               select new { d.Id, d.Kind, d.Title, d.FileId, f.FileName, f.ContentType, f.Size, d.AddedById, d.AddedAt, d.LetterId, d.Letter.Occurrence, d.Letter.AgencyId })
            .Take(ComplaintDocument.MaxPerCase).ToListAsync(ct);
        var names = await NamesAsync(db,
            [letter.AgencyId, .. caseLetters.Select(l => l.AgencyId), .. letter.Copies.Select(c => c.AgencyId), .. tasks.Select(t => t.LeadUnitId)],
            [letter.EnteredById, .. letter.ClassifiedById is { } c ? new[] { c } : [], .. caseLetters.Select(l => l.EnteredById),
             .. letter.Copies.Select(c => c.RecordedById), .. letter.Log.Select(e => e.PersonId), .. documents.Select(d => d.AddedById)], ct);
        var own = letter.Stage == LetterStage.Received && person(actor) && actor.MayOnUnit(PortalAction.EnterComplaintLetter, letter.AgencyId);
        var classify = letter.Stage == LetterStage.Received && person(actor) && actor.MayOnUnit(PortalAction.ClassifyComplaintLetter, letter.AgencyId);
        return new LetterView(letter, version, names.Units.GetValueOrDefault(letter.AgencyId, ""), names.People.GetValueOrDefault(letter.EnteredById, ""),
            letter.ClassifiedById is { } by ? names.People.GetValueOrDefault(by, "") : null, own, classify,
            [.. caseLetters.Select(l => new CaseLetterRow(l.Id, l.Occurrence, l.ReceivedOn, names.Units.GetValueOrDefault(l.AgencyId, ""), l.Stage,
                                                          names.People.GetValueOrDefault(l.EnteredById, "")))],
            [.. letter.Copies.OrderBy(c => c.RecordedAt).Select(c => new CopyRow(names.Units.GetValueOrDefault(c.AgencyId, ""), c.ReceivedOn,
                                                                                  names.People.GetValueOrDefault(c.RecordedById, ""), c.RecordedAt, c.Note))],
            [.. letter.Log.Select(e => new LogRow(e.At, names.People.GetValueOrDefault(e.PersonId, ""), e.Action, e.Details))],
            [.. tasks.Select(t => new ResolutionTaskRow(t.Id, t.Content, names.Units.GetValueOrDefault(t.LeadUnitId, ""), t.EffectiveDeadline, t.State))],
            letter.Case.IsAccepted && person(actor) && actor.May(PortalAction.AssignComplaintTask),
            await db.ComplaintCases.Where(c => c.Id == letter.CaseId).Select(c => EF.Property<int>(c, PortalDbContext.VersionProperty)).SingleAsync(ct),
            letter.Case.IsAccepted && letter.Case.ResolvedOn is null && person(actor) && actor.MayOnUnit(PortalAction.RecordComplaintDecision, letter.Case.AgencyId))
        {
            Documents = [.. documents.Select(d => new DocumentRow(d.Id, d.Kind, d.Title, d.FileId,
                Portal.Domain.Files.StoredFile.DownloadNameOf(d.FileName, d.ContentType), d.Size, names.People.GetValueOrDefault(d.AddedById, ""), d.AddedAt,
                d.LetterId, d.Occurrence,
                person(actor) && actor.MayOnUnit(ActionFor(d.Kind), d.Kind == ComplaintDocumentKind.Letter ? d.AgencyId : letter.Case.AgencyId)))],
            MayAttachToLetter = person(actor) && actor.MayOnUnit(PortalAction.EnterComplaintLetter, letter.AgencyId),
            MayAttachToFile = letter.Case.IsAccepted && person(actor) && actor.MayOnUnit(PortalAction.RecordComplaintDecision, letter.Case.AgencyId),
        };

        static bool person(Actor a) => a.PersonId is not null;
    }

    /// <summary>The letters the reader's agency received, newest first; a search over names, ID numbers, addresses and content.</summary>
    public async Task<(IReadOnlyList<LetterRow> Rows, int Total)> ListAsync(Actor actor, LetterListFilter filter, int page, int size, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.LookUpComplaints);
        // An intake agency's clerk lists the agency's letters; the leaders and the Office follow every letter of the province.
        var ownAgency = actor.May(PortalAction.EnterComplaintLetter);
        if (ownAgency && actor.UnitId is null) return ([], 0);
        if (filter.Search?.Length > MaxSearchLength) throw new DomainException($"Từ khóa tìm kiếm tối đa {MaxSearchLength} ký tự.");
        size = Math.Clamp(size, 1, MaxPageSize);
        page = Math.Max(0, page);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        var query = ownAgency ? db.ComplaintLetters.AsNoTracking().Where(l => l.AgencyId == actor.UnitId)
            : db.ComplaintLetters.AsNoTracking().Where(l => l.ProvinceId == province);
        if (filter.Stage is { } stage) query = query.Where(l => l.Stage == stage);
        foreach (var pattern in ComplaintLookup.Words(filter.Search).Distinct().OrderByDescending(w => w.Length).Take(6).Select(LikePattern.Containing))
            query = query.Where(l => EF.Functions.Like(l.SearchText, pattern, LikePattern.Escape));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(l => l.ReceivedOn).ThenByDescending(l => l.Id).Skip(page * size).Take(size)
            .Select(l => new
            {
                l.Id,
                l.CaseId,
                l.Occurrence,
                l.ReceivedOn,
                Names = l.Complainants.OrderBy(c => c.Position).Select(c => c.Name).Take(3).ToList(),
                l.Respondent,
                l.Content,
                l.ContentKind,
                l.Field,
                l.Stage,
                l.DecisionDueOn,
            }).ToListAsync(ct);
        return ([.. rows.Select(r => new LetterRow(r.Id, r.CaseId, r.Occurrence, r.ReceivedOn, string.Join(", ", r.Names), r.Respondent, Excerpt(r.Content),
                                                   r.ContentKind, r.Field, r.Stage, r.DecisionDueOn))], total);
    }

    private async Task StepAsync(Actor actor, int letterId, int version, PortalAction action,
                                 Func<ComplaintLetter, int, DateTimeOffset, PortalDbContext, Task> step, CancellationToken ct)
    {
        actor.Demand(action);
        var person = actor.PersonId ?? throw new ForbiddenException(TaskWorkflowService.NoPersonMessage);
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, now, ct);
        var letter = await db.ComplaintLetters.Include(l => l.Complainants.OrderBy(c => c.Position)).Include(l => l.Log)
                         .SingleOrDefaultAsync(l => l.Id == letterId && l.ProvinceId == province, ct) ?? throw new DomainException(NotFound);
        if (!actor.MayOnUnit(action, letter.AgencyId))
            throw new ForbiddenException($"Bạn không có quyền {Permissions.Label(action)} của cơ quan khác.");
        db.ExpectVersion(letter, version);
        await step(letter, person, now, db);
        await SaveAsync(db, ct, "Đơn vừa được người khác cập nhật nên thao tác của bạn chưa được lưu; trang đã được tải lại, vui lòng kiểm tra và thực hiện lại.");
    }

    /// <summary>
    /// What an agency's limits are computed from — its province's limits, whether it is in a remote area, its calendar — read
    /// in one place for the entry, the correction and the classification; none when the agency is not (or, with
    /// <paramref name="activeOnly"/>, no longer) a unit.
    /// </summary>
    private async Task<ResolutionPlan?> PlanForAsync(PortalDbContext db, int agencyId, CancellationToken ct, bool activeOnly = false)
    {
        var remote = await db.Units.AsNoTracking().Where(u => u.Id == agencyId && (!activeOnly || u.Status == Portal.Domain.Units.UnitStatus.Active))
            .Select(u => (bool?)u.IsRemote).SingleOrDefaultAsync(ct);
        return remote is { } r
            ? new ResolutionPlan((await profiles.ForUnitAsync(agencyId, ct)).ComplaintLimits, r, await calendars.ForUnitAsync(agencyId, ct))
            : null;
    }

    /// <summary>A step on a case: the action demanded, by a person whose session is live, on a case of the reader's province.</summary>
    private async Task<(int Person, int Province, DateTimeOffset Now, ComplaintCase File)> OpenCaseAsync(PortalDbContext db, Actor actor, PortalAction action,
                                                                                                       int caseId, CancellationToken ct)
    {
        actor.Demand(action);
        var person = actor.PersonId ?? throw new ForbiddenException(TaskWorkflowService.NoPersonMessage);
        var province = await tree.ReaderProvinceAsync(actor.UnitId, ct);
        var now = clock.GetUtcNow();
        await db.DemandActiveAccountAsync(actor, now, ct);
        var file = await db.ComplaintCases.SingleOrDefaultAsync(c => c.Id == caseId && c.ProvinceId == province, ct)
                   ?? throw new DomainException("Không tìm thấy vụ việc này.");
        return (person, province, now, file);
    }

    private async Task<int> DemandOnAgencyAsync(Actor actor, PortalAction action, int agencyId, CancellationToken ct)
    {
        actor.Demand(action);
        var person = actor.PersonId ?? throw new ForbiddenException(TaskWorkflowService.NoPersonMessage);
        if (!actor.MayOnUnit(action, agencyId)) throw new ForbiddenException($"Bạn không có quyền {Permissions.Label(action)} của cơ quan khác.");
        if (await tree.ProvinceOfAsync(agencyId, ct) != await tree.ReaderProvinceAsync(actor.UnitId, ct))
            throw new ForbiddenException($"Bạn không có quyền {Permissions.Label(action)} của tỉnh khác.");
        return person;
    }

    private static async Task SaveAsync(PortalDbContext db, CancellationToken ct, string conflict)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(conflict);
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<ComplaintLetter>().Any(e => e.State == EntityState.Added))
        {
            // Two repeat letters of one case at once: the unique occurrence refused the second.
            throw new ConcurrencyConflictException(conflict);
        }
    }

    private static async Task<(Dictionary<int, string> Units, Dictionary<int, string> People)> NamesAsync(PortalDbContext db, IEnumerable<int> units,
                                                                                                           IEnumerable<int> people, CancellationToken ct)
    {
        var unitIds = units.Distinct().ToList();
        var personIds = people.Distinct().ToList();
        var unitNames = unitIds.Count == 0 ? [] : await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var personNames = personIds.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        return (unitNames, personNames);
    }

    private static string Excerpt(string content) => content.Length <= 200 ? content : content[..200] + "…";
}
