using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;

namespace Portal.App.Features.Notifications;

public sealed record UrgingLetterDocument(int Id, string NumberAndSymbol, string Summary, DateOnly IssueDate, int TasksGivenToUnit,
                                          IReadOnlyList<UrgingLetterTask> Unfinished);
