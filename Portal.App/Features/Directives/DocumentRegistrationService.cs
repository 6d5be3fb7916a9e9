using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Notifications;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Files;
using Portal.Domain.Notifications;
using Portal.Domain.Security;

namespace Portal.App.Features.Directives;

/// <summary>Registers directive documents and their tasks (SPEC §3), for the Office's tracking specialists and clerks.</summary>
public sealed class DocumentRegistrationService(
    IDbContextFactory<PortalDbContext> dbFactory,
    TimeProvider clock,
    CalendarCache calendars,
    RuleProfiles profiles,
    TaskNotifier notifier)
{
    public static bool MayRegister(Actor actor) =>
        actor.May(PortalAction.RegisterDocument);

    /// <summary>
    /// Documents already entered with the same number and symbol from the same issuer in the same year (Decree 30/2020
    /// Phụ lục VI: numbering restarts each year), compared without regard to case, spaces or "Đ"/"D"
    /// (<see cref="DocumentNumbering.Key"/>); the year is that of the issue date, or this year until one is given.
    /// </summary>
    public async Task<IReadOnlyList<DuplicateDocument>> FindDuplicatesAsync(Actor actor, string? number, string? symbol, int issuerUnitId, DateOnly? issueDate,
                                                                           CancellationToken ct = default)
    {
        actor.Demand(PortalAction.RegisterDocument);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await DuplicatesAsync(db, number, symbol, issuerUnitId, issueDate ?? clock.Today(), ct);
    }

    /// <summary>The duplicates check itself, for the register and for a correction (withdrawn documents never count).</summary>
    internal static async Task<IReadOnlyList<DuplicateDocument>> DuplicatesAsync(PortalDbContext db, string? number, string? symbol, int issuerUnitId,
                                                                                 DateOnly issueDate, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number) || string.IsNullOrWhiteSpace(symbol)) return [];
        if (number.Length > DirectiveDocument.NumberMaxLength || symbol.Length > DirectiveDocument.SymbolMaxLength) return [];
        var key = DocumentNumbering.Key(number, symbol);
        var year = issueDate.Year;
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        // The issuer's documents of that year (a few thousand at most), compared on the key.
        var candidates = await db.DirectiveDocuments.AsNoTracking()
            .Where(d => d.IssuerUnitId == issuerUnitId && d.IssueDate >= from && d.IssueDate <= to && d.WithdrawnAt == null)
            .Select(d => new { d.Id, d.Number, d.Symbol })
            .ToListAsync(ct);
        var ids = candidates.Where(d => DocumentNumbering.Key(d.Number ?? "", d.Symbol ?? "") == key).Select(d => d.Id).ToList();
        if (ids.Count == 0) return [];
        var found = await db.DirectiveDocuments.AsNoTracking().Where(d => ids.Contains(d.Id))
            .OrderByDescending(d => d.IssueDate)
            .Select(d => new { d.Id, d.Number, d.Symbol, d.IssueDate, d.Summary })
            .ToListAsync(ct);
        return [.. found.Select(d => new DuplicateDocument(d.Id, $"{d.Number}/{d.Symbol}", d.IssueDate, d.Summary))];
    }

    /// <summary>
    /// The tracking specialist of each task (hue-71 Điều 8.1đ): the one named on the task, else on the document, else the
    /// Office's map for the lead unit and the document's field, else the registrar. Whoever it is must be able to confirm
    /// the result, or the report would wait on nobody's desk.
    /// </summary>
    private static async Task<int[]> TrackersAsync(PortalDbContext db, Actor actor, int registrar, NewDocument input, CancellationToken ct)
    {
        var leads = input.Tasks.Select(t => t.LeadUnitId ?? 0).Distinct().ToList();
        var map = await db.TrackingAssignments.AsNoTracking().Where(a => leads.Contains(a.UnitId)).ToListAsync(ct);
        var registrarConfirms = Permissions.RolesOnAll(PortalAction.ConfirmResult).Any(actor.Roles.Contains);
        var chosen = input.Tasks.Select(t => t.TrackingSpecialistId ?? input.TrackingSpecialistId
            ?? TrackingAssignment.Resolve(map, t.LeadUnitId ?? 0, input.Field) ?? (registrarConfirms ? registrar : null)).ToArray();
        var named = chosen.OfType<int>().Where(p => p != registrar || !registrarConfirms).Distinct().ToList();
        var confirmers = await TrackingMapService.ConfirmersAmongAsync(db, named, ct);
        if (registrarConfirms) confirmers.Add(registrar);
        for (var i = 0; i < chosen.Length; i++)
        {
            var label = input.Tasks.Count > 1 ? $"Nhiệm vụ {i + 1}: " : "";
            if (chosen[i] is not { } tracker)
                throw new DomainException($"{label}Vui lòng chọn chuyên viên theo dõi (chưa có trong bảng phân công theo dõi của Văn phòng cho đơn vị và lĩnh vực này).");
            if (!confirmers.Contains(tracker)) throw new DomainException(label + TrackingMapService.NotAConfirmerMessage);
        }
        return [.. chosen.Select(c => c!.Value)];
    }

    /// <summary>The most tasks one document may carry (the task lists of the largest plans have a few dozen).</summary>
    public const int MaxTasks = 300;

    public async Task<RegisteredDocument> RegisterAsync(Actor actor, NewDocument input, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.RegisterDocument);
        if (actor.PersonId is not { } registrar) throw new ForbiddenException(TaskWorkflowService.NoPersonMessage);
        if (input.IssueDate is null) throw new DomainException("Vui lòng chọn ngày ban hành.");
        if (input.Tasks.Count == 0) throw new DomainException("Văn bản phải có ít nhất một nhiệm vụ.");
        if (input.Tasks.Count > MaxTasks) throw new DomainException($"Một văn bản nhập được tối đa {MaxTasks} nhiệm vụ.");
        var now = clock.GetUtcNow();
        // The document's province (the issuer's) gives the calendar and the rule profile of its entry deadline and its tasks.
        var calendar = await calendars.ForUnitAsync(input.IssuerUnitId, ct);
        var issueDate = DateOnly.FromDateTime(input.IssueDate.Value);
        if (issueDate > VietnamTime.DateOf(now)) throw new DomainException("Ngày ban hành không được sau ngày hôm nay.");

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        var unitIds = input.Tasks.SelectMany(t => t.CoordinatingUnitIds.Append(t.LeadUnitId ?? 0).Append(t.SubmittingUnitId ?? 0).Append(t.CompilingUnitId ?? 0))
            .Append(input.IssuerUnitId).Distinct().ToList();
        var namedPeople = input.Tasks.SelectMany(t => new[] { t.TrackingLeaderId, t.TrackingOfficeLeaderId, t.TrackingDepartmentHeadId })
            .Append(input.DirectingLeaderId).OfType<int>().Distinct().ToList();
        var knownPeople = await db.People.AsNoTracking().Where(p => namedPeople.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        if (knownPeople.Count != namedPeople.Count) throw new DomainException("Người theo dõi nhiệm vụ không hợp lệ.");
        var activeUnits = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id) && u.Status == Domain.Units.UnitStatus.Active)
            .Select(u => u.Id).ToListAsync(ct);

        int? ActiveOrNone(int? unit, string refusal) =>
            unit is null || activeUnits.Contains(unit.Value) ? unit : throw new DomainException(refusal);

        var document = new DirectiveDocument(input.Type, input.Number, input.Symbol, input.Summary, issueDate, input.IssuerUnitId, input.Secrecy)
        {
            SignerName = Portal.Domain.Text.TextInput.Optional(input.SignerName, DirectiveDocument.SignerMaxLength, "Người ký"),
            SigningAuthority = input.SigningAuthority,
            DirectingLeaderId = input.DirectingLeaderId,
            DraftingUnitId = input.DraftingUnitId,
            DrafterId = input.DrafterId,
            Urgency = input.Urgency,
            Field = input.Field,
            IssueTime = input.IssueTime is { } time ? TimeOnly.FromTimeSpan(time) : null,
            SignedFileId = input.SignedFileId,
        };
        if (!activeUnits.Contains(input.IssuerUnitId)) throw new DomainException("Cơ quan ban hành không hợp lệ.");
        var profile = await profiles.ForUnitAsync(input.IssuerUnitId, ct);
        document.Register(registrar, now, profile.EntryDeadline(document.IssuedAt, document.Urgency, input.Tasks.Count, calendar));
        db.DirectiveDocuments.Add(document);

        var trackers = await TrackersAsync(db, actor, registrar, input, ct);
        var tasks = new List<CaseTask>();
        for (var i = 0; i < input.Tasks.Count; i++)
        {
            var t = input.Tasks[i];
            var label = input.Tasks.Count > 1 ? $"Nhiệm vụ {i + 1}: " : "";
            if (t.LeadUnitId is not { } lead || !activeUnits.Contains(lead)) throw new DomainException($"{label}Vui lòng chọn đơn vị chủ trì đang hoạt động.");
            if (t.HasDeadline && t.Deadline is null) throw new DomainException($"{label}Vui lòng chọn hạn xử lý hoặc đánh dấu \"Không thời hạn\".");
            if (!profile.TracksTasksWithoutDeadline && !t.HasDeadline)
                throw new DomainException($"{label}Theo quy chế của tỉnh, chỉ nhập các nhiệm vụ có thời hạn.");
            CaseTask task;
            try
            {
                task = new CaseTask(document, t.Content, lead, t.HasDeadline ? DateOnly.FromDateTime(t.Deadline!.Value) : null,
                    t.ReportRequired, now, registrar, calendar)
                {
                    TrackingSpecialistId = trackers[i],
                    TrackingLeaderId = t.TrackingLeaderId ?? input.DirectingLeaderId,
                    TrackingOfficeLeaderId = t.TrackingOfficeLeaderId,
                    TrackingDepartmentHeadId = t.TrackingDepartmentHeadId,
                    SubmittingUnitId = ActiveOrNone(t.SubmittingUnitId, "Cơ quan trình không hợp lệ."),
                    CompilingUnitId = ActiveOrNone(t.CompilingUnitId, "Cơ quan tổng hợp báo cáo không hợp lệ."),
                };
                foreach (var coordinating in t.CoordinatingUnitIds.Distinct())
                {
                    if (!activeUnits.Contains(coordinating)) throw new DomainException("Đơn vị phối hợp không hợp lệ.");
                    task.AddCoordinatingUnit(coordinating);
                }
                task.SetReportingCycle(t.HasDeadline ? ReportingCycle.WhenDone : t.ReportingCycle);
            }
            catch (DomainException ex) when (label.Length > 0)
            {
                throw new DomainException(label + ex.Message);
            }
            tasks.Add(task);
        }
        db.CaseTasks.AddRange(tasks);
        var notified = new HashSet<int>();
        var notifiedUnits = new HashSet<int>();
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            var (people, units) = await NotificationService.AddNewCaseNoticesAsync(db, tasks, registrar, now, ct);
            notified.UnionWith(people);
            notifiedUnits.UnionWith(units);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        NotificationService.PublishNewCases(notifier, tasks, registrar, notified, notifiedUnits);
        return new RegisteredDocument(document.Id, [.. tasks.Select(t => t.Id)], document.EntryDeadline!.Value, document.EnteredOnTime == true);
    }

    public async Task<StoredFile> AttachAsync(StoredFile file, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Files.Add(file);
        await db.SaveChangesAsync(ct);
        return file;
    }
}
