using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Directives;
using Portal.App.Features.Notifications;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;

namespace Portal.App.Features.Press;

/// <summary>
/// A press item that needs checking, sent by a provincial or Office leader to a unit (and coordinating units) with a direction
/// (Huế 53 Phụ lục IV bước 2a): a <see cref="CaseKind.PressIncident"/> case on the one engine, due in 5 working days (10 when
/// hard or needing several agencies), whose assigner is the Office's specialist of the field — named, or found on the Office's
/// tracking map for the unit and the item's field — who confirms the answer. From there it runs as every case does.
/// </summary>
public sealed class PressIncidentService(IDbContextFactory<PortalDbContext> dbFactory, UnitTreeCache tree, CalendarCache calendars, TimeProvider clock,
                                         TaskNotifier notifier)
{
    public async Task<int> AssignAsync(Actor actor, long itemId, PressAssignment input, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.AssignPressIncident);
        if (actor.PersonId is not { } leader) throw new ForbiddenException(TaskWorkflowService.NoPersonMessage);
        if (input.LeadUnitId is not { } lead) throw new DomainException("Vui lòng chọn đơn vị chủ trì xử lý.");
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, now, ct);
        var item = await db.PressItems.Include(i => i.Digest).SingleOrDefaultAsync(i => i.Id == itemId, ct)
                   ?? throw new DomainException("Không tìm thấy tin báo chí này.");
        var province = await tree.ProvinceOfAsync(actor.UnitId, ct);
        if (province is not null && item.Digest.ProvinceId != province) throw new DomainException("Không tìm thấy tin báo chí này.");
        var coordinating = await CaseUnits.CheckAsync(db, tree, item.Digest.ProvinceId, lead, input.CoordinatingUnitIds, "đơn vị chủ trì", ct);

        var map = await db.TrackingAssignments.AsNoTracking().Where(a => a.UnitId == lead).ToListAsync(ct);
        var tracker = input.TrackingSpecialistId ?? TrackingAssignment.Resolve(map, lead, item.Field ?? DocumentField.Khac)
                      ?? throw new DomainException("Vui lòng chọn chuyên viên Văn phòng phụ trách lĩnh vực (chưa có trong bảng phân công theo dõi).");
        if (!(await TrackingMapService.ConfirmersAmongAsync(db, [tracker], ct)).Contains(tracker))
            throw new DomainException("Chuyên viên theo dõi phải là người có quyền xác nhận kết quả.");

        var task = CaseTask.ForPressItem(item, input.Direction, lead, input.Complex, now, leader, tracker, await calendars.ForProvinceAsync(item.Digest.ProvinceId, ct));
        foreach (var unit in coordinating) task.AddCoordinatingUnit(unit);
        db.CaseTasks.Add(task);
        (IReadOnlySet<int> People, IReadOnlySet<int> Units) told;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            told = await NotificationService.AddNewCaseNoticesAsync(db, [task], leader, now, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        NotificationService.PublishNewCases(notifier, [task], leader, told.People, told.Units);
        return task.Id;
    }

    /// <summary>How many cases each of these items was sent as (for the digest's list).</summary>
    public async Task<IReadOnlyDictionary<long, int>> AssignedCountsAsync(IReadOnlyCollection<long> itemIds, CancellationToken ct = default)
    {
        if (itemIds.Count == 0) return new Dictionary<long, int>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CaseTasks.AsNoTracking().Where(t => t.PressItemId != null && itemIds.Contains(t.PressItemId.Value))
            .GroupBy(t => t.PressItemId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }
}

/// <summary>What the leader fills in to send a press item to units.</summary>
public sealed class PressAssignment
{
    public int? LeadUnitId { get; set; }
    public IReadOnlyCollection<int> CoordinatingUnitIds { get; set; } = [];
    public int? TrackingSpecialistId { get; set; }
    public string? Direction { get; set; }
    /// <summary>Hard, or needing several agencies: 10 working days instead of 5.</summary>
    public bool Complex { get; set; }
}
