using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.App.Features.Desk;
using Portal.App.Features.Notifications;
using Portal.App.Features.Reports;
using Portal.App.Features.Seeding;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Reports;
using Portal.Domain.Security;
using Portal.Domain.Units;

namespace Portal.App.Features.Benchmarks;

public sealed record BenchResult(string What, string Budget, double MedianMs, double P95Ms, double PeakManagedMb, bool Pass);
