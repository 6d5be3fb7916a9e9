using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Reports;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Programme;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Programme;

/// <summary>
/// The work programme register (SPEC §8, Huế 53/2016 Phụ lục VII) and its report, Phụ lục VI of Huế 71/2016. Units
/// register their projects for the year's months and mark them submitted; the Office adds projects, approves moves
/// and withdrawals and marks projects issued.
/// </summary>
public sealed class ProgrammeService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public static bool IsOffice(Actor actor) => actor.May(PortalAction.ManageProgramme);

    public static bool MayRegisterFor(Actor actor, int unitId) =>
        actor.MayOnUnit(PortalAction.RegisterProgramme, unitId);

    public async Task<IReadOnlyList<ProjectRow>> ListAsync(Actor actor, int year, int? unitId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.ProgrammeProjects.AsNoTracking().Where(p => p.Year == year);
        if (actor.Demand(PortalAction.OpenProgramme) != DataScope.All) query = query.Where(p => p.UnitId == actor.UnitId);
        if (unitId is { } unit) query = query.Where(p => p.UnitId == unit);
        var rows = await (from p in query
                          join u in db.Units on p.UnitId equals u.Id
                          orderby p.Month, u.Name, p.Id
                          select new { Project = p, Unit = u.Name, Version = EF.Property<int>(p, PortalDbContext.VersionProperty) }).ToListAsync(ct);
        return [.. rows.Select(r => new ProjectRow(r.Project.Id, r.Version, r.Project.UnitId, r.Unit, r.Project.Title, r.Project.InitialMonth, r.Project.Month,
            r.Project.Origin, r.Project.Status, r.Project.SubmittedAt, r.Project.IssuedAt, r.Project.Note))];
    }

    /// <summary>A unit registers a project for a month; the Office's entries during the year count as added ("giao thêm").</summary>
    public async Task<int> RegisterAsync(Actor actor, int year, int unitId, string title, int month, CancellationToken ct = default)
    {
        if (!MayRegisterFor(actor, unitId)) throw new ForbiddenException("Bạn chỉ đăng ký được đề án của đơn vị mình.");
        var origin = IsOffice(actor) ? ProjectOrigin.Added : ProjectOrigin.Registered;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        var project = new ProgrammeProject(year, unitId, title, month, origin, clock.GetUtcNow());
        db.ProgrammeProjects.Add(project);
        await db.SaveChangesAsync(ct);
        return project.Id;
    }

    public Task MoveAsync(Actor actor, int id, int version, int month, string reason, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, officeOnly: true, p => p.MoveTo(month, reason), ct);

    public Task WithdrawAsync(Actor actor, int id, int version, string reason, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, officeOnly: true, p => p.Withdraw(reason), ct);

    public Task MarkSubmittedAsync(Actor actor, int id, int version, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, officeOnly: false, p => p.MarkSubmitted(clock.GetUtcNow()), ct);

    public Task MarkIssuedAsync(Actor actor, int id, int version, CancellationToken ct = default) =>
        ChangeAsync(actor, id, version, officeOnly: true, p => p.MarkIssued(clock.GetUtcNow()), ct);

    private async Task ChangeAsync(Actor actor, int id, int version, bool officeOnly, Action<ProgrammeProject> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        var project = await db.ProgrammeProjects.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new DomainException("Không tìm thấy đề án.");
        if (officeOnly ? !IsOffice(actor) : !MayRegisterFor(actor, project.UnitId))
            throw new ForbiddenException(officeOnly ? "Việc này do Văn phòng UBND tỉnh thực hiện." : "Bạn chỉ cập nhật được đề án của đơn vị mình.");
        db.ExpectVersion(project, version);
        change(project);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Đề án vừa được người khác cập nhật; hãy tải lại danh sách.");
        }
    }

    /// <summary>Phụ lục VI for the months of the period (within one year).</summary>
    public async Task<ProgrammeReport> ReportAsync(Actor actor, ReportPeriod period, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ViewProvinceReports);
        var year = period.To.Year;
        var first = period.From.Year < year ? 1 : period.From.Month;
        var last = period.To.Month;
        bool InPeriod(int month) => month >= first && month <= last;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var projects = await db.ProgrammeProjects.AsNoTracking().Where(p => p.Year == year).ToListAsync(ct);
        var unitIds = projects.Select(p => p.UnitId).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var rows = projects.GroupBy(p => p.UnitId).Select(g =>
            {
                var registered = g.Count(p => p.Origin == ProjectOrigin.Registered && InPeriod(p.InitialMonth));
                var added = g.Count(p => (p.Origin == ProjectOrigin.Added && InPeriod(p.Month) && p.Status != ProjectStatus.Withdrawn)
                                         || (p.Origin == ProjectOrigin.Registered && !InPeriod(p.InitialMonth) && InPeriod(p.Month) && p.Status != ProjectStatus.Withdrawn));
                var gone = g.Count(p => p.Origin == ProjectOrigin.Registered && InPeriod(p.InitialMonth)
                                        && (p.Status == ProjectStatus.Withdrawn || !InPeriod(p.Month)));
                var due = g.Where(p => InPeriod(p.Month) && p.Status != ProjectStatus.Withdrawn).ToList();
                return new ProgrammeRow(g.Key, names.GetValueOrDefault(g.Key, ""), registered, added, gone,
                    due.Count(p => p.Status is ProjectStatus.Submitted or ProjectStatus.Issued), due.Count(p => p.Status == ProjectStatus.Issued));
            })
            .OrderBy(r => r.Unit, StringComparer.Create(VietnameseDates.Culture, false))
            .ToList();
        return new ProgrammeReport(period, rows);
    }
}
