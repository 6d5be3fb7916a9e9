using Portal.Data;
using Portal.Domain.Cases;

namespace Portal.App.Features.Tasks;

/// <summary>
/// A kind's publishing step (<see cref="CaseKindRules.PublishesAnswer"/>): run inside the engine's publish step, in its
/// transaction, once the case is marked published; it puts the confirmed answer where that kind's public reads it.
/// </summary>
public interface ICasePublisher
{
    CaseKind Kind { get; }

    Task PublishAsync(PortalDbContext db, CaseTask task, int publishedById, DateTimeOffset at, CancellationToken ct);
}
