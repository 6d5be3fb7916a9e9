namespace Portal.Domain.Security;

/// <summary>Whose data a role may act on for an action.</summary>
public enum DataScope
{
    /// <summary>Not at all.</summary>
    None = 0,
    /// <summary>Only on the tasks the person assigned (a unit leader who handed a task to a sub-unit, hue-53 Điều 1–2).</summary>
    AsAssigner = 1,
    /// <summary>Only what concerns the person's own unit (or the person).</summary>
    OwnUnit = 2,
    /// <summary>What concerns the person's unit or any unit below it.</summary>
    Subtree = 3,
    /// <summary>Every unit's data.</summary>
    All = 4,
}
