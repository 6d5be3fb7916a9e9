using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Security;
using Portal.Domain.Units;

namespace Portal.Tests.TestSupport;

/// <summary>A tiny province: the committee, its Office, two departments, and one person in each role that tests need.</summary>
public sealed class SampleData
{
    public required Unit Province { get; init; }
    public required Unit Office { get; init; }
    public required Unit Finance { get; init; }
    public required Unit Health { get; init; }
    public required Person Chairman { get; init; }
    public required Person Tracker { get; init; }
    public required Person FinanceLeader { get; init; }
    public required Person FinanceSpecialist { get; init; }
    public required Person HealthLeader { get; init; }

    public static WorkingCalendar Calendar { get; } = OfficialSchedules.CalendarFor(2025, 2026, 2027);

    public WorkflowActor TrackerActor => WorkflowActor.Of(Tracker.Id, Office.Id, PortalRoles.TrackingSpecialist);
    public WorkflowActor FinanceLeaderActor => WorkflowActor.Of(FinanceLeader.Id, Finance.Id, PortalRoles.UnitLeader);
    public WorkflowActor FinanceSpecialistActor => WorkflowActor.Of(FinanceSpecialist.Id, Finance.Id, PortalRoles.UnitSpecialist);
    public WorkflowActor HealthLeaderActor => WorkflowActor.Of(HealthLeader.Id, Health.Id, PortalRoles.UnitLeader);

    public static ReportDraft Report(string content = "Đã giải ngân 85% kế hoạch vốn.") => new(content, "Báo cáo", "25/BC-STC", "Kết quả giải ngân", null, "Lê Văn Đức");

    public static async Task<SampleData> SeedAsync(PortalDbContext db)
    {
        var province = new Unit("UBND tỉnh Thử", "UBND", UnitKind.ProvincialCommittee, null);
        var office = new Unit("Văn phòng UBND tỉnh", "VPUB", UnitKind.ProvincialOffice, province);
        var finance = new Unit("Sở Tài chính", "STC", UnitKind.Department, province);
        var health = new Unit("Sở Y tế", "SYT", UnitKind.Department, province);
        db.Units.AddRange(province, office, finance, health);
        await db.SaveChangesAsync();
        var data = new SampleData
        {
            Province = province,
            Office = office,
            Finance = finance,
            Health = health,
            Chairman = new Person("Nguyễn Văn Chủ", province.Id, "Chủ tịch UBND tỉnh"),
            Tracker = new Person("Trần Thị Theo Dõi", office.Id, "Chuyên viên"),
            FinanceLeader = new Person("Lê Văn Đức", finance.Id, "Giám đốc"),
            FinanceSpecialist = new Person("Phạm Thị Hương", finance.Id, "Chuyên viên"),
            HealthLeader = new Person("Hoàng Minh Tâm", health.Id, "Giám đốc"),
        };
        db.People.AddRange(data.Chairman, data.Tracker, data.FinanceLeader, data.FinanceSpecialist, data.HealthLeader);
        await db.SaveChangesAsync();
        province.SetHead(data.Chairman.Id);
        await db.SaveChangesAsync();
        return data;
    }

    /// <summary>Accounts with roles for the people who have one in the tests (unit leaders are found through them).</summary>
    public async Task SeedAccountsAsync(PortalDbContext db)
    {
        var roles = PortalRoles.All.ToDictionary(r => r, r => new Microsoft.AspNetCore.Identity.IdentityRole(r) { NormalizedName = r.ToUpperInvariant() });
        db.Roles.AddRange(roles.Values);
        void Account(string name, Person person, Unit unit, string role)
        {
            var user = new PortalUser { UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = person.FullName, PersonId = person.Id, UnitId = unit.Id };
            db.Users.Add(user);
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role].Id });
        }
        Account("tracker", Tracker, Office, PortalRoles.TrackingSpecialist);
        Account("finance-leader", FinanceLeader, Finance, PortalRoles.UnitLeader);
        Account("finance-specialist", FinanceSpecialist, Finance, PortalRoles.UnitSpecialist);
        Account("health-leader", HealthLeader, Health, PortalRoles.UnitLeader);
        Account("chairman", Chairman, Province, PortalRoles.ProvincialLeader);
        await db.SaveChangesAsync();
    }

    public DirectiveDocument NewDocument(string number = "12", string symbol = "UBND-KT", string summary = "Về việc đẩy nhanh giải ngân vốn đầu tư công") =>
        new(DocumentType.CongVan, number, symbol, summary, new DateOnly(2026, 11, 2), Province.Id, SecrecyLevel.None)
        {
            SignerName = Chairman.FullName,
            SigningAuthority = SigningAuthority.TM,
            DirectingLeaderId = Chairman.Id,
        };

    public CaseTask NewTask(DirectiveDocument document, Unit lead, DateTimeOffset assignedAt, DateOnly? deadline,
                                 string content = "Báo cáo tình hình giải ngân vốn đầu tư công", bool followedByChairman = true) =>
        new(document, content, lead.Id, deadline, reportRequired: true, assignedAt, Tracker.Id, Calendar)
        {
            TrackingSpecialistId = Tracker.Id,
            TrackingLeaderId = followedByChairman ? Chairman.Id : null,
        };
}
