namespace Portal.Domain.Cases;

/// <summary>Who a person is to a case; a step names the parties that may take it.</summary>
[Flags]
public enum CaseParty
{
    None = 0,
    /// <summary>A leader of the lead unit (each level of the unit tree has its own leaders).</summary>
    LeadUnitLeader = 1,
    /// <summary>The lead specialist the unit leader delegated the case to.</summary>
    Assignee = 2,
    /// <summary>Whoever assigned the case: the Office's tracking specialist, or the leader of the unit above for a sub-task.</summary>
    Assigner = 4,
    /// <summary>A coordinating unit's member or a coordinating specialist.</summary>
    Coordinator = 8,
    /// <summary>The lead unit's own account (người trả lời nhắc việc, Khánh Hòa 1986 Điều 4.2c): progress and drafts, never a leader's step.</summary>
    UnitAccount = 16,
}
