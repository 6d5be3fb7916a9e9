using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;

namespace Portal.App.Features.Notifications;

public sealed record UrgingLetter(string UnitName, DateOnly Date, IReadOnlyList<UrgingLetterDocument> Documents)
{
    public int UnfinishedCount => Documents.Sum(d => d.Unfinished.Count);
}
