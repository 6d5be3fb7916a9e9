using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

public sealed record DrafterEntryRow(int? PersonId, string Name, int Entered, int OnTime, int Late, int NotEntered)
{
    /// <summary>On-time entries among all documents due in the period (a document not entered counts against it).</summary>
    public double? OnTimeRate => Entered + NotEntered == 0 ? null : (double)OnTime / (Entered + NotEntered);
}
