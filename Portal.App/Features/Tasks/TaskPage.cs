using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Tasks;

/// <summary>A page of a list and how many tasks the list holds; a text search stops counting at
/// the service's <c>TextSearchCountLimit</c> and says "more than" (<paramref name="TotalIsLowerBound"/>).</summary>
public sealed record TaskPage(IReadOnlyList<TaskRow> Rows, int Total, bool TotalIsLowerBound = false)
{
    /// <summary>How many of the list's cases are of each kind, when the list was asked to count them.</summary>
    public IReadOnlyList<KindCount> ByKind { get; init; } = [];
}
