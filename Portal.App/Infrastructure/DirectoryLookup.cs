using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Tasks;
using Portal.Data;
using Portal.Domain.Units;

namespace Portal.App.Infrastructure;

/// <summary>The choices the registration form offers: units, provincial leaders, the Office's specialists.</summary>
public sealed class DirectoryLookup(IDbContextFactory<PortalDbContext> dbFactory)
{
    /// <summary>Active units that can lead a task: departments, communes, districts and their sub-units; the Office excluded.</summary>
    public async Task<IReadOnlyList<UnitOption>> AssignableUnitsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await UnitPaths.OptionsAsync(db, db.Units.AsNoTracking()
            .Where(u => u.Status == UnitStatus.Active && (u.Kind == UnitKind.Department || u.Kind == UnitKind.Commune || u.Kind == UnitKind.District))
            .OrderBy(u => u.Kind).ThenBy(u => u.Name), ct);
    }

    public async Task<IReadOnlyList<UnitOption>> IssuersAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await UnitPaths.OptionsAsync(db, db.Units.AsNoTracking()
            .Where(u => u.Status == UnitStatus.Active && (u.Kind == UnitKind.ProvincialCommittee || u.Kind == UnitKind.ProvincialOffice))
            .OrderBy(u => u.Kind), ct);
    }

    public async Task<IReadOnlyList<PersonOption>> ProvincialLeadersAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await (from p in db.People.AsNoTracking()
                      join u in db.Units on p.UnitId equals u.Id
                      where u.Kind == UnitKind.ProvincialCommittee
                      orderby p.Position, p.FullName
                      select new PersonOption(p.Id, p.FullName, p.Position, u.Name)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<PersonOption>> OfficeStaffAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var office = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.ProvincialOffice).Select(u => u.Id).ToListAsync(ct);
        var ids = new List<int>();
        foreach (var id in office) ids.AddRange(await TaskQueryService.SubtreeAsync(db, id, ct));
        return await (from p in db.People.AsNoTracking()
                      join u in db.Units on p.UnitId equals u.Id
                      where ids.Contains(p.UnitId)
                      orderby p.FullName
                      select new PersonOption(p.Id, p.FullName, p.Position, u.Name)).ToListAsync(ct);
    }

    /// <summary>Every active unit, for pickers of administration and filters.</summary>
    public async Task<IReadOnlyList<UnitOption>> ActiveUnitsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await UnitPaths.OptionsAsync(db, db.Units.AsNoTracking().Where(u => u.Status == UnitStatus.Active)
            .OrderBy(u => u.Kind).ThenBy(u => u.Name), ct);
    }

    /// <summary>People whose name contains the text (accents ignored), for an autocomplete; at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<PersonOption>> SearchPeopleAsync(string? text, int max = 20, CancellationToken ct = default, int? unitId = null)
    {
        var folded = Portal.Domain.Text.TextFolding.Fold(text);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await (from p in db.People.AsNoTracking()
                      join u in db.Units on p.UnitId equals u.Id
                      where (folded.Length == 0 || p.SearchText.Contains(folded)) && (unitId == null || p.UnitId == unitId)
                      orderby p.SearchText, p.Id
                      select new PersonOption(p.Id, p.FullName, p.Position, u.Name)).Take(max).ToListAsync(ct);
    }
}
