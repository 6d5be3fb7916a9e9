using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Reports;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Programme;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Programme;

public sealed record ProgrammeRow(int UnitId, string Unit, int Registered, int Added, int MovedOrWithdrawn, int Submitted, int Issued)
{
    public int Due => Registered + Added - MovedOrWithdrawn;
    public int NotSubmitted => Due - Submitted;
    public double? SubmittedRate => Due == 0 ? null : (double)Submitted / Due;
}
