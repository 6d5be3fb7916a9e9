using Portal.Domain.Security;

namespace Portal.App.Infrastructure;

/// <summary>
/// Server-side checks against the one permission table (<see cref="Permissions"/>): every service demands the action
/// before it reads or changes anything, and pages carry the policy of the same name.
/// </summary>
public static class Access
{
    public static DataScope ScopeFor(this Actor actor, PortalAction action) => Permissions.ScopeOf(actor.Roles, action);

    public static bool May(this Actor actor, PortalAction action) => actor.ScopeFor(action) != DataScope.None;

    /// <summary>Throws unless some role of the person grants the action (on any data).</summary>
    public static DataScope Demand(this Actor actor, PortalAction action)
    {
        var scope = actor.ScopeFor(action);
        return scope == DataScope.None ? throw Forbidden(action) : scope;
    }

    /// <summary>
    /// For actions granted on every unit or on the person's own unit only: whether the action is allowed on this unit's
    /// data. (An action with a subtree grant needs the unit tree: <see cref="MayOnAsync"/>.)
    /// </summary>
    public static bool MayOnUnit(this Actor actor, PortalAction action, int unitId) => actor.ScopeFor(action) switch
    {
        DataScope.All => true,
        DataScope.None => false,
        DataScope.OwnUnit => actor.UnitId == unitId,
        DataScope.AsAssigner => throw new InvalidOperationException($"{action} is granted on the tasks a person assigned; check it with the task."),
        _ => throw new InvalidOperationException($"{action} is granted on a subtree; check it with the unit tree."),
    };

    /// <summary>
    /// Whether the action is allowed on data that concerns these units (or directly this person); an action granted only
    /// <see cref="DataScope.AsAssigner"/> is allowed on the tasks the person assigned.
    /// </summary>
    public static async Task<bool> MayOnAsync(this Actor actor, PortalAction action, UnitTreeCache tree, IEnumerable<int> units,
                                              bool concernsPerson = false, CancellationToken ct = default, bool assignedByPerson = false)
    {
        switch (actor.ScopeFor(action))
        {
            case DataScope.All:
                return true;
            case DataScope.None:
                return false;
            case DataScope.AsAssigner:
                return assignedByPerson;
            case var scope:
                if (concernsPerson) return true;
                if (actor.UnitId is not { } own) return false;
                var mine = scope == DataScope.OwnUnit ? [own] : await tree.SubtreeAsync(own, ct);
                return units.Any(mine.Contains);
        }
    }

    /// <summary>Throws unless the action is allowed on data that concerns these units (or directly this person).</summary>
    public static async Task DemandOnAsync(this Actor actor, PortalAction action, UnitTreeCache tree, IEnumerable<int> units,
                                           bool concernsPerson = false, CancellationToken ct = default, bool assignedByPerson = false)
    {
        actor.Demand(action);
        if (!await actor.MayOnAsync(action, tree, units, concernsPerson, ct, assignedByPerson))
            throw new ForbiddenException($"Bạn không có quyền {Permissions.Label(action)} đối với dữ liệu của đơn vị khác.");
    }

    public static ForbiddenException Forbidden(PortalAction action) => new($"Bạn không có quyền {Permissions.Label(action)}.");
}
