namespace Portal.Domain.Cases;

/// <summary>
/// The kinds of case work that run on the one engine (SPEC §4 "One engine for every kind of case"). A kind adds its
/// source, its deadline rule, its confirmation outcomes and whether an approved answer is published: see
/// <see cref="CaseKindRules"/>.
/// </summary>
public enum CaseKind
{
    /// <summary>A task of a directive document (nhiệm vụ do lãnh đạo giao).</summary>
    Directive,
    /// <summary>A press-reported incident assigned to a unit (sự việc báo nêu, Phụ lục IV of the operations portal).</summary>
    PressIncident,
    /// <summary>A citizen's question answered by the competent unit (dân hỏi – cơ quan chức năng trả lời, Phụ lục V).</summary>
    CitizenQuestion,
    /// <summary>A voter's opinion or petition item (ý kiến, kiến nghị cử tri, Phụ lục VI).</summary>
    VoterOpinion,
    /// <summary>The resolution of a complaint file (giải quyết khiếu nại, Luật Khiếu nại 2011).</summary>
    ComplaintResolution,
}
