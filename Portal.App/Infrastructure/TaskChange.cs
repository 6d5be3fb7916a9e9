namespace Portal.App.Infrastructure;

/// <summary>A change to a task that open desks may need to show: who it concerns, what happened.</summary>
public sealed record TaskChange(int TaskId, string Action, IReadOnlySet<int> UnitIds, IReadOnlySet<int> PersonIds, int? ActorId = null)
{
    /// <summary>The person's own step: their page refreshes but needs no announcement.</summary>
    public bool MadeBy(Actor actor) => ActorId is not null && ActorId == actor.PersonId;

    public bool Concerns(Actor actor) =>
        (actor.PersonId is { } p && PersonIds.Contains(p)) || (actor.UnitId is { } u && UnitIds.Contains(u));
}
