namespace Portal.Domain.Security;

/// <summary>Whose data a role may act on for an action.</summary>
public enum DataScope
{
    /// <summary>Not at all.</summary>
    None = 0,
    /// <summary>Only what concerns the person's own unit (or the person).</summary>
    OwnUnit = 1,
    /// <summary>What concerns the person's unit or any unit below it.</summary>
    Subtree = 2,
    /// <summary>Every unit's data.</summary>
    All = 3,
}
