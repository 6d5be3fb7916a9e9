using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

/// <summary>A report's filters, and its scope (by default the period's tasks and the work carried over into it).</summary>
public sealed record ReportFilter(int? UnitId = null, int? LeaderId = null, Portal.Domain.Directives.DocumentField? Field = null,
                                  ReportScope Scope = ReportScope.WithCarriedOver);
