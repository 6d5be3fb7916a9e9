using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;

namespace Portal.App.Features.Admin;

public sealed record CalendarRow(int Id, DateOnly Date, CalendarDayKind Kind, string Name);
