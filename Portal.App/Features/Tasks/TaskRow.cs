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
    int ExtensionCount, TaskState State, DateTimeOffset AssignedAt, TaskProgress Progress)
{
    public string StatusLabel => Progress.Label;
}
