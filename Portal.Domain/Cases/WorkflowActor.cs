using Portal.Domain.Security;

namespace Portal.Domain.Cases;

/// <summary>
/// Who takes a step in a task's workflow: the person (none for a unit account, Khánh Hòa 1986 Điều 5.1a), the unit their
/// account belongs to, their roles.
/// </summary>
public sealed record WorkflowActor(int? PersonId, int? UnitId, IReadOnlySet<string> Roles)
{
    /// <summary>
    /// How the history names the actor beyond the person: at a unit account, the account and the name of whoever is typing
    /// (Khánh Hòa Điều 6.2c "cá nhân … chịu trách nhiệm"); for an acting leader, the capacity and whom they stand in for.
    /// </summary>
    public string? Capacity { get; init; }

    /// <summary>The absent leader this person stands in for (quyền, phụ trách): they take that leader's positions on tasks.</summary>
    public int? ActingForId { get; init; }

    /// <summary>The person, for the steps only a person takes (the guard table admits no unit account to them).</summary>
    public int Person => PersonId ?? throw new InvalidOperationException("A unit account takes no step that records a person.");

    public bool Has(string role) => Roles.Contains(role);

    /// <summary>A unit's own account, with no person behind it: it works for its unit, never as a leader.</summary>
    public bool IsUnitAccount => PersonId is null;

    /// <summary>Whether this actor is, or stands in for, the person (never true of a missing person).</summary>
    public bool Is(int? personId) => personId is { } id && (id == PersonId || id == ActingForId);

    /// <summary>A leader of exactly this unit (each level of the tree has its own leaders); a unit account never is one.</summary>
    public bool LeadsUnit(int unitId) => !IsUnitAccount && Has(PortalRoles.UnitLeader) && UnitId == unitId;

    /// <summary>The unit's own account (người trả lời nhắc việc, Khánh Hòa Điều 4.2c).</summary>
    public bool IsAccountOf(int unitId) =>
        IsUnitAccount && UnitId == unitId && (Has(PortalRoles.UnitLeader) || Has(PortalRoles.UnitSpecialist));

    public static WorkflowActor Of(int personId, int? unitId, params string[] roles) => new(personId, unitId, roles.ToHashSet());

    /// <summary>A unit account holding the roles, with the name of the person typing at it.</summary>
    public static WorkflowActor OfUnitAccount(int unitId, string capacity, params string[] roles) =>
        new(null, unitId, roles.ToHashSet()) { Capacity = capacity };
}
