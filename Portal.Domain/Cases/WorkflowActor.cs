using Portal.Domain.Security;

namespace Portal.Domain.Cases;

/// <summary>Who takes a step in a task's workflow: the person, the unit their account belongs to, their roles.</summary>
public sealed record WorkflowActor(int PersonId, int? UnitId, IReadOnlySet<string> Roles)
{
    public bool Has(string role) => Roles.Contains(role);

    /// <summary>A leader of exactly this unit (each level of the tree has its own leaders).</summary>
    public bool LeadsUnit(int unitId) => Has(PortalRoles.UnitLeader) && UnitId == unitId;

    public static WorkflowActor Of(int personId, int? unitId, params string[] roles) => new(personId, unitId, roles.ToHashSet());
}
