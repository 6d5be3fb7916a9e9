using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;

namespace Portal.App.Features.Tasks;

public sealed record DocumentInfo(int Id, string Type, string NumberAndSymbol, string Summary, DateOnly IssueDate, string? Signer,
                                  string Urgency, bool? EnteredOnTime, Guid? SignedFileId);
