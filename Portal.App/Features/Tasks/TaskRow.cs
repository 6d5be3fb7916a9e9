using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Tasks;

public sealed record TaskRow(
    int Id, int? DocumentId, string SourceReference, string Content, string LeadUnitName, DateOnly? Deadline,
    int ExtensionCount, TaskState State, DateTimeOffset AssignedAt, TaskProgress Progress, CaseKind Kind = CaseKind.Directive)
{
    /// <summary>The kind's name, shown beside a case that is not a directive task.</summary>
    public string? KindLabel => Kind == CaseKind.Directive ? null : CaseKindRules.For(Kind).Label;

    public string StatusLabel => Progress.Label;
}

/// <summary>How many cases of one kind a list or a desk section holds.</summary>
public sealed record KindCount(CaseKind Kind, int Count)
{
    public string Label => CaseKindRules.For(Kind).Label;
}
