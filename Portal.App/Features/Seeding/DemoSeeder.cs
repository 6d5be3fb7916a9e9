using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Press;
using Portal.Domain.Security;
using Portal.Domain.Units;

namespace Portal.App.Features.Seeding;

/// <summary>
/// Seeds the fictional "Tỉnh Demo": its People's Committee and Office, departments, communes (two-level
/// structure since July 2025), one legacy district, about 300 people, a year of directive documents with
/// about 2,000 tasks in every stage and timeliness, and one account per role. Runs once: an existing
/// province is left alone. Deterministic for a given clock.
/// </summary>
public sealed class DemoSeeder(
    IDbContextFactory<PortalDbContext> dbFactory,
    UserManager<PortalUser> users,
    CalendarCache calendars,
    TimeProvider clock,
    RuleProfiles profiles,
    ILogger<DemoSeeder> logger)
{
    public const string DemoPassword = "Demo@2026";
    public const string DemoUnitCode = "STC";

    /// <summary>The demo accounts, one per role of SPEC §2 (user name, role, what the person is).</summary>
    public static IReadOnlyList<(string UserName, string Role, string Description)> Accounts { get; } =
    [
        ("quantri", PortalRoles.Administrator, "Quản trị hệ thống, Văn phòng UBND tỉnh"),
        ("chutich", PortalRoles.ProvincialLeader, "Chủ tịch UBND tỉnh"),
        ("chanhvanphong", PortalRoles.OfficeLeader, "Chánh Văn phòng UBND tỉnh"),
        ("theodoi", PortalRoles.TrackingSpecialist, "Chuyên viên theo dõi, Văn phòng UBND tỉnh"),
        ("vanthu", PortalRoles.Clerk, "Văn thư, Văn phòng UBND tỉnh"),
        ("giamdoc", PortalRoles.UnitLeader, "Giám đốc Sở Tài chính"),
        ("chuyenvien", PortalRoles.UnitSpecialist, "Chuyên viên Sở Tài chính"),
        ("chanhvanphongso", PortalRoles.UnitLeader, "Chánh Văn phòng Sở Tài chính (đơn vị trực thuộc Sở)"),
        ("bientap", PortalRoles.Editor, "Biên tập viên, Văn phòng UBND tỉnh"),
        ("thanhtra", PortalRoles.ComplaintOfficer, "Cán bộ xử lý đơn thư, Thanh tra tỉnh"),
        ("tiepdan", PortalRoles.ComplaintOfficer, "Công chức tiếp công dân, UBND Phường Trung Tâm"),
    ];

    /// <summary>The demo unit account (Khánh Hòa 1986 Điều 5.1a: named by the unit's e-mail, no person behind it): whoever uses
    /// it says who they are after signing in, and files progress and drafts for the unit.</summary>
    public static (string UserName, string Role, string Description) UnitAccount { get; } =
        ("stc@tinhdemo.gov.vn", PortalRoles.UnitSpecialist, "Tài khoản đơn vị Sở Tài chính");

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MaleMiddle = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân"];
    private static readonly string[] FemaleMiddle = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Thùy", "Hồng"];
    private static readonly string[] MaleGiven = ["An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hiếu", "Hùng", "Khánh", "Long", "Minh", "Nam", "Phong", "Phúc", "Quang", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Toàn", "Lâm"];
    private static readonly string[] FemaleGiven = ["Anh", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngọc", "Thảo", "Thủy", "Trang", "Vân", "Yến", "Nhung", "Phương", "Uyên", "Hằng"];

    private static readonly (string Name, string Code)[] Departments =
    [
        ("Sở Tài chính", "STC"), ("Sở Nội vụ", "SNV"), ("Sở Tư pháp", "STP"), ("Sở Công Thương", "SCT"),
        ("Sở Xây dựng", "SXD"), ("Sở Nông nghiệp và Môi trường", "SNNMT"), ("Sở Giáo dục và Đào tạo", "SGDDT"),
        ("Sở Y tế", "SYT"), ("Sở Khoa học và Công nghệ", "SKHCN"), ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
        ("Sở Dân tộc và Tôn giáo", "SDTTG"), ("Thanh tra tỉnh", "TTT"), ("Sở Ngoại vụ", "SNgV"),
        ("Ban Quản lý các khu công nghiệp", "BQLKCN"), ("Công an tỉnh", "CAT"), ("Bộ Chỉ huy Quân sự tỉnh", "BCHQS"),
        ("Đài Phát thanh và Truyền hình tỉnh", "PTTH"), ("Ban Quản lý dự án đầu tư xây dựng tỉnh", "BQLDA"),
        ("Trung tâm Phục vụ hành chính công tỉnh", "TTHCC"), ("Bảo hiểm xã hội tỉnh", "BHXH"),
    ];

    private static readonly string[] Communes =
    [
        "Phường Trung Tâm", "Phường Bến Cảng", "Phường Hòa Bình", "Xã An Bình", "Xã Tân Phú", "Xã Phước Long",
        "Xã Long Hưng", "Xã Mỹ Thạnh", "Xã Vĩnh Lợi", "Xã Thạnh Phú", "Xã Bình Minh", "Đặc khu Hòn Ngọc",
    ];

    private static readonly string[] Topics =
    [
        "đẩy nhanh tiến độ giải ngân vốn đầu tư công năm {0}", "triển khai Đề án 06 về phát triển dữ liệu dân cư",
        "rà soát, cắt giảm thủ tục hành chính thuộc thẩm quyền", "kiểm tra công tác phòng cháy, chữa cháy tại các khu dân cư",
        "xây dựng kế hoạch ứng phó mùa mưa bão", "tổng hợp kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
        "tham mưu phương án sắp xếp trụ sở làm việc dôi dư sau sắp xếp đơn vị hành chính", "báo cáo tình hình thu ngân sách nhà nước",
        "kiểm tra, xử lý vi phạm trật tự xây dựng", "chuẩn bị nội dung kỳ họp Hội đồng nhân dân tỉnh",
        "tăng cường quản lý an toàn thực phẩm dịp Tết Nguyên đán", "giải quyết kiến nghị của cử tri trước kỳ họp",
        "đôn đốc tiến độ bồi thường, giải phóng mặt bằng dự án đường tỉnh", "triển khai chuyển đổi số trong cơ quan nhà nước",
        "rà soát hồ sơ đất đai tồn đọng", "tổ chức kỳ thi tốt nghiệp trung học phổ thông năm {0}",
        "phòng, chống dịch bệnh trên gia súc, gia cầm", "xây dựng dự toán ngân sách năm {1}", "cải thiện chỉ số PCI của tỉnh",
        "kiểm tra việc thực hiện chế độ, chính sách đối với người có công", "hoàn thiện hồ sơ dự án khu công nghiệp phía Bắc",
        "tăng cường quản lý khai thác khoáng sản", "bảo đảm trật tự an toàn giao thông", "thực hiện kết luận thanh tra",
    ];

    private static readonly string[] Verbs =
    [
        "Chủ trì, phối hợp các đơn vị liên quan {0}", "Khẩn trương {0}, báo cáo UBND tỉnh", "Tham mưu UBND tỉnh {0}",
        "Rà soát và {0}", "Tổ chức thực hiện việc {0}",
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Units.AnyAsync(ct))
        {
            logger.LogInformation("Demo province already present; seeding skipped.");
            return;
        }

        var now = clock.GetUtcNow();
        // The demo province has no calendar entries of its own: the national schedule.
        var calendar = await calendars.ForProvinceAsync(null, ct);
        var random = new Random(2026);
        var names = new NameGenerator(random);
        logger.LogInformation("Seeding the demo province…");

        // Units
        var province = new Unit("UBND tỉnh Demo", "UBND", UnitKind.ProvincialCommittee, null);
        var office = new Unit("Văn phòng UBND tỉnh", "VPUB", UnitKind.ProvincialOffice, province);
        var officeDivisions = new[]
        {
            new Unit("Phòng Tổng hợp", "VPUB-TH", UnitKind.Division, office),
            new Unit("Phòng Kinh tế", "VPUB-KT", UnitKind.Division, office),
            new Unit("Phòng Khoa giáo - Văn xã", "VPUB-KGVX", UnitKind.Division, office),
            new Unit("Phòng Nội chính", "VPUB-NC", UnitKind.Division, office),
        };
        var departments = Departments.Select(d => new Unit(d.Name, d.Code, UnitKind.Department, province)).ToList();
        var departmentDivisions = departments.ToDictionary(d => d, d => new[]
        {
            new Unit("Văn phòng", $"{d.Code}-VP", UnitKind.Division, d),
            new Unit("Phòng Nghiệp vụ", $"{d.Code}-NV", UnitKind.Division, d),
        });
        var communes = Communes.Select((c, i) => new Unit($"UBND {c}", $"XA{i + 1:00}", UnitKind.Commune, province)).ToList();
        var communeOffices = communes.ToDictionary(c => c, c => new Unit("Văn phòng HĐND và UBND", $"{c.Code}-VP", UnitKind.Division, c));
        var district = new Unit("UBND huyện Sông Cũ", "HSC", UnitKind.District, province);
        var districtOffices = new[]
        {
            new Unit("Văn phòng HĐND và UBND huyện", "HSC-VP", UnitKind.Division, district),
            new Unit("Phòng Tài chính - Kế hoạch", "HSC-TCKH", UnitKind.Division, district),
        };
        db.Units.AddRange([province, office, .. officeDivisions, .. departments, .. departmentDivisions.Values.SelectMany(x => x),
                           .. communes, .. communeOffices.Values, district, .. districtOffices]);
        await db.SaveChangesAsync(ct);
        // The district ended on 01/07/2025 (two-level local government); its tasks stay with it.
        district.MergeInto(communes[0]);

        // People
        var people = new List<Person>();
        Person Add(Unit unit, string position, string? fixedName = null)
        {
            var (name, gender) = fixedName is null ? names.Next() : (fixedName, Gender.Male);
            var person = new Person(name, unit.Id, position)
            {
                Gender = gender,
                BirthDate = new DateOnly(1965 + random.Next(35), 1 + random.Next(12), 1 + random.Next(28)),
                Phone = $"09{random.Next(10_000_000, 99_999_999)}",
                CivilServantCode = $"CC{random.Next(100_000, 999_999)}",
            };
            person.Email = $"{Domain.Text.TextFolding.Fold(name).Replace(" ", ".")}.{people.Count + 1}@demo.gov.vn";
            people.Add(person);
            return person;
        }

        var chairman = Add(province, "Chủ tịch UBND tỉnh");
        var viceChairs = Enumerable.Range(0, 3).Select(_ => Add(province, "Phó Chủ tịch UBND tỉnh")).ToList();
        var officeChief = Add(office, "Chánh Văn phòng");
        var officeDeputies = Enumerable.Range(0, 2).Select(_ => Add(office, "Phó Chánh Văn phòng")).ToList();
        var admin = Add(officeDivisions[0], "Chuyên viên công nghệ thông tin");
        var clerk = Add(officeDivisions[0], "Văn thư");
        var editor = Add(officeDivisions[0], "Biên tập viên");
        var divisionHeads = officeDivisions.Select(d => Add(d, "Trưởng phòng")).ToList();
        var trackers = officeDivisions.SelectMany(d => Enumerable.Range(0, 3).Select(_ => Add(d, "Chuyên viên"))).ToList();

        var unitLeaders = new Dictionary<Unit, Person>();
        var unitSpecialists = new Dictionary<Unit, List<Person>>();
        var departmentDivisionHeads = new Dictionary<Unit, Person>();
        foreach (var department in departments)
        {
            unitLeaders[department] = Add(department, department.Code == "TTT" ? "Chánh Thanh tra" : "Giám đốc");
            Add(department, "Phó Giám đốc");
            var specialists = new List<Person>();
            foreach (var division in departmentDivisions[department])
            {
                departmentDivisionHeads[division] = Add(division, division.Name == "Văn phòng" ? "Chánh Văn phòng" : "Trưởng phòng");
                specialists.AddRange(Enumerable.Range(0, department.Code == DemoUnitCode ? 4 : 3).Select(_ => Add(division, "Chuyên viên")));
            }
            unitSpecialists[department] = specialists;
        }
        foreach (var commune in communes)
        {
            unitLeaders[commune] = Add(commune, "Chủ tịch UBND");
            Add(commune, "Phó Chủ tịch UBND");
            unitSpecialists[commune] = Enumerable.Range(0, 3).Select(_ => Add(communeOffices[commune], "Công chức")).ToList();
        }
        unitLeaders[district] = Add(district, "Chủ tịch UBND huyện");
        unitSpecialists[district] = districtOffices.SelectMany(o => Enumerable.Range(0, 2).Select(_ => Add(o, "Chuyên viên"))).ToList();
        db.People.AddRange(people);
        await db.SaveChangesAsync(ct);

        // Accounts
        var demoUnit = departments.Single(d => d.Code == DemoUnitCode);
        var inspectorate = departments.Single(d => d.Code == "TTT");
        var accountPeople = new Dictionary<string, (Person Person, Unit Unit)>
        {
            ["quantri"] = (admin, officeDivisions[0]),
            ["chutich"] = (chairman, province),
            ["chanhvanphong"] = (officeChief, office),
            ["theodoi"] = (trackers[0], office),
            ["vanthu"] = (clerk, office),
            ["giamdoc"] = (unitLeaders[demoUnit], demoUnit),
            ["chuyenvien"] = (unitSpecialists[demoUnit][0], demoUnit),
            // The head of the division the demo specialist works in: a task the department hands to it runs one level down.
            ["chanhvanphongso"] = (departmentDivisionHeads[departmentDivisions[demoUnit][0]], departmentDivisions[demoUnit][0]),
            ["bientap"] = (editor, officeDivisions[0]),
            // Two intake agencies of complaint letters (Quyết định 1122/2017 Điều 2.1): the provincial inspectorate and a commune.
            ["thanhtra"] = (unitSpecialists[inspectorate][0], inspectorate),
            ["tiepdan"] = (unitSpecialists[communes[0]][0], communes[0]),
        };
        foreach (var (userName, role, _) in Accounts)
        {
            var (person, unit) = accountPeople[userName];
            var user = new PortalUser
            {
                UserName = userName,
                Email = person.Email,
                DisplayName = person.FullName,
                PersonId = person.Id,
                UnitId = unit.Id,
                PasswordChangedAt = now,
            };
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
        }

        {
            var (userName, role, _) = UnitAccount;
            var account = new PortalUser
            {
                UserName = userName,
                Email = userName,
                DisplayName = demoUnit.Name,
                UnitId = demoUnit.Id,
                PasswordChangedAt = now,
            };
            var created = await users.CreateAsync(account, DemoPassword);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(account, role);
        }

        // The Chairman heads the province: tasks past their last urging notice are reported to him (hue-71 Điều 8.1e).
        province.SetHead(chairman.Id);

        // The Office's map of tracking specialists (hue-71 Điều 8.1đ): the demo's tracking account follows every lead unit.
        db.TrackingAssignments.AddRange(departments.Concat(communes).Where(u => u.IsActive)
            .Select(u => new TrackingAssignment(u.Id, null, trackers[0].Id)));

        // Documents and tasks
        var today = VietnamTime.DateOf(now);
        var leadUnits = new List<Unit>();
        leadUnits.AddRange(departments);
        leadUnits.AddRange(departments.Where(d => d.Code == DemoUnitCode).SelectMany(d => Enumerable.Repeat(d, 6)));
        leadUnits.AddRange(communes);
        var rules = await profiles.ForProvinceAsync(province.Id, ct);
        var simulation = new TaskSimulation(random, calendar, now, unitLeaders, unitSpecialists, answerEntry: rules.AnswerEntryRule, review: rules.Review);
        var numbers = new Dictionary<(int Year, string Series), int>();
        var documentCount = 0;
        var taskCount = 0;
        var start = today.AddMonths(-12);
        for (var day = start; day <= today; day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day)) continue;
            var documentsToday = random.Next(100) < 25 ? 1 : random.Next(2, 5);
            for (var i = 0; i < documentsToday; i++)
            {
                var signer = random.Next(4) == 0 ? chairman : viceChairs[random.Next(viceChairs.Count)];
                var tracker = random.Next(3) == 0 ? trackers[0] : trackers[random.Next(trackers.Count)];
                var document = NewDocument(random, numbers, day, province.Id, signer, tracker, office.Id);
                var issuedAt = VietnamTime.At(day, new TimeOnly(8 + random.Next(9), random.Next(60)));
                var tasksInDocument = random.Next(100) < 35 ? 1 : random.Next(2, 8);
                var entryDelay = random.Next(100) < 85 ? random.Next(0, 2) : random.Next(3, 6);
                var registeredAt = VietnamTime.At(calendar.AddWorkingDays(day, entryDelay), new TimeOnly(9 + random.Next(7), random.Next(60)));
                if (registeredAt > now) registeredAt = now;
                document.Register(tracker.Id, registeredAt,
                    EntryRuleProfile.Hue.EntryDeadline(issuedAt, document.Urgency, tasksInDocument, calendar));
                db.DirectiveDocuments.Add(document);
                documentCount++;
                for (var t = 0; t < tasksInDocument; t++)
                {
                    var lead = leadUnits[random.Next(leadUnits.Count)];
                    var task = simulation.Create(document, lead, registeredAt, tracker, signer,
                        string.Format(Verbs[random.Next(Verbs.Length)], string.Format(Topics[random.Next(Topics.Length)], day.Year, day.Year + 1)));
                    if (random.Next(100) < 40)
                    {
                        foreach (var c in Enumerable.Range(0, random.Next(1, 3)).Select(_ => departments[random.Next(departments.Count)]).Where(c => c != lead))
                        {
                            task.AddCoordinatingUnit(c.Id);
                        }
                    }
                    db.CaseTasks.Add(task);
                    taskCount++;
                }
            }
            if (db.ChangeTracker.Entries().Count() > 3000)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }

        // Legacy district: tasks of spring 2025, all finished before it ended.
        for (var i = 0; i < 6; i++)
        {
            var day = calendar.AddWorkingDays(new DateOnly(2025, 3, 3), i * 9);
            var document = NewDocument(random, numbers, day, province.Id, viceChairs[0], trackers[1], office.Id);
            var registeredAt = VietnamTime.At(day, new TimeOnly(10, 0));
            document.Register(trackers[1].Id, registeredAt, EntryRuleProfile.Hue.EntryDeadline(registeredAt, document.Urgency, 1, calendar));
            db.DirectiveDocuments.Add(document);
            var task = simulation.CreateCompleted(document, district, registeredAt, trackers[1], viceChairs[0],
                string.Format(Verbs[i % Verbs.Length], string.Format(Topics[(i * 5) % Topics.Length], 2025, 2026)));
            db.CaseTasks.Add(task);
            documentCount++;
            taskCount++;
        }

        // Fresh work for the demo accounts so that every desk section has something in it today.
        var fresh = NewDocument(random, numbers, calendar.AddWorkingDays(today.AddDays(-3), 0), province.Id, chairman, trackers[0], office.Id);
        var freshAt = VietnamTime.At(fresh.IssueDate, new TimeOnly(9, 0));
        if (freshAt > now) freshAt = now.AddHours(-1);
        fresh.Register(trackers[0].Id, freshAt, EntryRuleProfile.Hue.EntryDeadline(freshAt, fresh.Urgency, 8, calendar));
        db.DirectiveDocuments.Add(fresh);
        var specialist = unitSpecialists[demoUnit][0];
        var scenarios = new[]
        {
            TaskSimulation.Scenario.New, TaskSimulation.Scenario.New, TaskSimulation.Scenario.New,
            TaskSimulation.Scenario.DelegatedDueSoon, TaskSimulation.Scenario.DelegatedDueSoon, TaskSimulation.Scenario.DelegatedDueSoon,
            TaskSimulation.Scenario.DraftPending, TaskSimulation.Scenario.DraftPending,
            TaskSimulation.Scenario.DelegatedOverdue, TaskSimulation.Scenario.DelegatedOverdue,
        };
        for (var i = 0; i < scenarios.Length; i++)
        {
            var content = string.Format(Verbs[i % Verbs.Length], string.Format(Topics[(i * 7 + 3) % Topics.Length], today.Year, today.Year + 1));
            db.CaseTasks.Add(simulation.CreateScenario(fresh, demoUnit, specialist, trackers[0], chairman, content, scenarios[i]));
            taskCount++;
        }
        await db.SaveChangesAsync(ct);
        await SeedPressAsync(db, province.Id, editor.Id, calendar, now, ct);
        logger.LogInformation("Demo province seeded: {Units} units, {People} people, {Documents} documents, {Tasks} tasks.",
            await db.Units.CountAsync(ct), people.Count, documentCount + 1, taskCount);
    }

    private static readonly (string Outlet, string Host)[] Outlets =
    [
        ("Báo Điện tử Chính phủ", "baochinhphu.vn"), ("Báo Tuổi Trẻ", "tuoitre.vn"), ("Báo Thanh Niên", "thanhnien.vn"),
        ("Báo Nhân Dân", "nhandan.vn"), ("VnExpress", "vnexpress.net"), ("Báo Lao Động", "laodong.vn"),
    ];

    private static readonly (string Title, string Summary, DocumentField Field)[] Headlines =
    [
        ("Tỉnh Demo đẩy nhanh giải ngân vốn đầu tư công", "Đến nay tỉnh đã giải ngân hơn 70% kế hoạch vốn; một số dự án giao thông còn chậm do vướng mặt bằng.", DocumentField.KinhTe),
        ("Người dân phản ánh ô nhiễm tại cụm công nghiệp phía Tây", "Nhiều hộ dân gần cụm công nghiệp phản ánh mùi hôi và nước thải chưa qua xử lý đổ ra kênh.", DocumentField.KinhTe),
        ("Sạt lở bờ sông đe dọa hàng chục hộ dân", "Mưa lớn kéo dài gây sạt lở nghiêm trọng bờ sông, chính quyền đã di dời khẩn cấp các hộ trong vùng nguy hiểm.", DocumentField.NoiChinh),
        ("Trường học thiếu giáo viên đầu năm học", "Một số xã vùng cao thiếu giáo viên tiểu học, học sinh phải học ghép lớp.", DocumentField.VanXa),
        ("Chậm cấp giấy chứng nhận quyền sử dụng đất", "Người dân phản ánh hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng nhiều tháng.", DocumentField.NoiChinh),
        ("Bệnh viện tuyến tỉnh quá tải trong mùa dịch sốt xuất huyết", "Số ca mắc sốt xuất huyết tăng mạnh, nhiều khoa phải kê thêm giường bệnh.", DocumentField.VanXa),
        ("Tỉnh Demo thu hút thêm ba dự án đầu tư nước ngoài", "Tổng vốn đăng ký mới đạt hơn 200 triệu USD, tập trung vào công nghiệp chế biến.", DocumentField.KinhTe),
        ("Đường tỉnh lộ xuống cấp sau mùa mưa", "Nhiều đoạn đường tỉnh lộ hư hỏng nặng, tiềm ẩn nguy cơ tai nạn giao thông.", DocumentField.KinhTe),
        ("Cải cách thủ tục hành chính: tỉnh xếp thứ hạng cao", "Chỉ số hài lòng của người dân về phục vụ hành chính của tỉnh tăng so với năm trước.", DocumentField.TongHop),
        ("Lễ hội truyền thống thu hút đông du khách", "Lễ hội năm nay có nhiều hoạt động mới, công tác an ninh trật tự được bảo đảm.", DocumentField.VanXa),
    ];

    /// <summary>The press digests of the last ten working days before today (today's is left for the demo editor to post).</summary>
    private static async Task SeedPressAsync(PortalDbContext db, int provinceId, int editorId, WorkingCalendar calendar, DateTimeOffset now,
                                             CancellationToken ct)
    {
        var random = new Random(53);
        var day = VietnamTime.DateOf(now);
        for (var posted = 0; posted < 10;)
        {
            day = day.AddDays(-1);
            if (!calendar.IsWorkingDay(day)) continue;
            posted++;
            // Most posted by 11:00, one in five after it.
            var at = VietnamTime.At(day, new TimeOnly(random.Next(100) < 80 ? random.Next(8, 11) : 11, random.Next(60)));
            var digest = new PressDigest(provinceId, day, editorId, at, null);
            for (var i = 0; i < random.Next(2, 5); i++)
            {
                var (title, summary, field) = Headlines[random.Next(Headlines.Length)];
                var (outlet, host) = Outlets[random.Next(Outlets.Length)];
                digest.Add(new PressItemInput(outlet, title, $"https://{host}/tin-{day:yyyyMMdd}-{i + 1}.htm", day.AddDays(-random.Next(2)), summary, field),
                           editorId, at);
            }
            db.PressDigests.Add(digest);
        }
        await db.SaveChangesAsync(ct);
    }

    private static DirectiveDocument NewDocument(Random random, Dictionary<(int, string), int> numbers, DateOnly day,
                                                 int issuerId, Person signer, Person drafter, int draftingUnitId)
    {
        var roll = random.Next(100);
        var (type, series) = roll switch
        {
            < 45 => (DocumentType.CongVan, "UBND-" + new[] { "KT", "VX", "NC", "TH" }[random.Next(4)]),
            < 65 => (DocumentType.ThongBao, "TB-UBND"),
            < 77 => (DocumentType.QuyetDinh, "QĐ-UBND"),
            < 87 => (DocumentType.KeHoach, "KH-UBND"),
            < 93 => (DocumentType.ChiThi, "CT-UBND"),
            < 97 => (DocumentType.CongDien, "CĐ-UBND"),
            _ => (DocumentType.ChuongTrinh, "CTr-UBND"),
        };
        var key = (day.Year, type == DocumentType.CongVan ? "CV" : series);
        numbers[key] = numbers.GetValueOrDefault(key) + 1 + random.Next(3);
        var summary = type switch
        {
            DocumentType.ThongBao => $"Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày {VietnameseDates.Format(day.AddDays(-random.Next(1, 5)))}",
            DocumentType.KeHoach => $"Kế hoạch triển khai nhiệm vụ trọng tâm tháng {day.Month}/{day.Year}",
            DocumentType.ChiThi => "Về tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ",
            DocumentType.CongDien => "Về việc chủ động ứng phó với thiên tai, mưa lũ",
            _ => $"Về việc triển khai các nhiệm vụ trọng tâm của tỉnh (đợt {random.Next(1, 12)})",
        };
        var document = new DirectiveDocument(type, $"{numbers[key]:00}", series, summary, day, issuerId, SecrecyLevel.None)
        {
            SignerName = signer.FullName,
            SigningAuthority = signer.Position.StartsWith("Chủ tịch", StringComparison.Ordinal) ? SigningAuthority.TM : SigningAuthority.KT,
            DirectingLeaderId = signer.Id,
            DraftingUnitId = draftingUnitId,
            DrafterId = drafter.Id,
            Field = series.EndsWith("-KT", StringComparison.Ordinal) ? DocumentField.KinhTe
                : series.EndsWith("-VX", StringComparison.Ordinal) ? DocumentField.VanXa
                : series.EndsWith("-NC", StringComparison.Ordinal) ? DocumentField.NoiChinh
                : DocumentField.TongHop,
            Urgency = type == DocumentType.CongDien ? DocumentUrgency.HoaToc : random.Next(100) < 8 ? DocumentUrgency.Khan : DocumentUrgency.Normal,
        };
        return document;
    }

    private sealed class NameGenerator(Random random)
    {
        public (string Name, Gender Gender) Next()
        {
            var female = random.Next(2) == 0;
            var family = FamilyNames[random.Next(FamilyNames.Length)];
            var middle = female ? FemaleMiddle[random.Next(FemaleMiddle.Length)] : MaleMiddle[random.Next(MaleMiddle.Length)];
            var given = female ? FemaleGiven[random.Next(FemaleGiven.Length)] : MaleGiven[random.Next(MaleGiven.Length)];
            return ($"{family} {middle} {given}", female ? Gender.Female : Gender.Male);
        }
    }
}
