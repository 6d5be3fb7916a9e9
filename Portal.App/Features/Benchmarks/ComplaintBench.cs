using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Complaints;

namespace Portal.App.Features.Benchmarks;

/// <summary>
/// The complaint letters of issue 16's budget: a province's letters (a million at the full size) from a population of
/// complainants (600,000), entered at its intake agencies over the register's years through the letter's own constructor
/// and classification — one in ten a repeat letter of a case, one in ten signed by two — and the look-ups an intake clerk
/// types before entering a letter: an ID number, a name with a phone, name and address words in either order without
/// accents, name and address in their fields, the content of a letter. Citizens are numbered; each one's name, ID number,
/// phone and address follow from the number, so that the look-ups ask for people who wrote (or did not).
/// </summary>
internal static class ComplaintBench
{
    private static readonly string[] Surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    // Nguyễn is the name of about two Vietnamese in five: the look-up's hardest case, kept so.
    private static readonly int[] SurnameShares = [38, 11, 9, 7, 5, 4, 4, 4, 3, 3, 3, 2, 2, 2, 2, 1];
    private static readonly string[] Middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Hoàng", "Thị Thu", "Văn Minh"];
    private static readonly string[] Givens =
    [
        "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương",
        "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến", "Khánh", "Lợi", "Hòa", "A", "B", "Tư", "Ba",
    ];
    private static readonly string[] Streets =
    [
        "Lê Lợi", "Trần Phú", "Nguyễn Huệ", "Hùng Vương", "Lý Thường Kiệt", "Hai Bà Trưng", "Quang Trung", "Bạch Đằng", "Phan Chu Trinh",
        "Nguyễn Trãi", "Lê Duẩn", "Võ Thị Sáu", "Trần Hưng Đạo", "Điện Biên Phủ", "Nguyễn Văn Linh", "Hoàng Diệu", "Phạm Văn Đồng", "Ngô Quyền",
    ];
    private static readonly string[] Wards =
    [
        "phường Trung Tâm", "phường An Phú", "phường Hòa Thuận", "xã Tân Phước", "xã Bình Minh", "xã Hòa Hiệp", "xã An Bình", "phường Phú Lợi",
        "xã Long Hưng", "xã Thạnh Mỹ", "phường Tân Lập", "xã Phước Hải", "xã Mỹ Thành", "phường Đông Hòa", "xã Sơn Thủy", "xã Vĩnh Lộc",
    ];
    private static readonly string[] Districts = ["huyện Sông Cũ", "huyện Đồng Xuân", "thị xã Hòa Bình", "huyện Tây Sơn", "thành phố Trung Tâm", "huyện Phú Hòa"];
    private static readonly (ComplaintField Field, string Text)[] Matters =
    [
        (ComplaintField.Land, "Khiếu nại quyết định thu hồi đất và mức bồi thường, hỗ trợ khi giải phóng mặt bằng dự án {0}"),
        (ComplaintField.Land, "Đề nghị cấp giấy chứng nhận quyền sử dụng đất thửa số {1}, tờ bản đồ số {2} đã nộp hồ sơ từ lâu chưa được giải quyết"),
        (ComplaintField.Land, "Tranh chấp ranh giới đất với hộ liền kề tại thửa số {1}, đề nghị chính quyền đo đạc và hòa giải"),
        (ComplaintField.Housing, "Khiếu nại việc cưỡng chế tháo dỡ công trình nhà ở tại {0} không đúng quy định"),
        (ComplaintField.Policy, "Đề nghị xem xét chế độ trợ cấp người có công với cách mạng bị chậm chi trả nhiều tháng"),
        (ComplaintField.Policy, "Khiếu nại việc cắt bảo hiểm xã hội và trợ cấp thất nghiệp không có lý do"),
        (ComplaintField.OtherAdministrative, "Phản ánh tiếng ồn và ô nhiễm môi trường của cơ sở sản xuất gần khu dân cư {0}"),
        (ComplaintField.OtherAdministrative, "Kiến nghị sửa chữa đường giao thông nông thôn và mương thoát nước bị hư hỏng tại {0}"),
        (ComplaintField.Judicial, "Đề nghị xem xét lại việc thi hành án dân sự về tài sản thế chấp tại {0}"),
        (ComplaintField.Other, "Kiến nghị về việc thu các khoản đóng góp tại trường học của con em trên địa bàn {0}"),
    ];
    private static readonly string[] Projects = ["đường ven biển", "khu công nghiệp phía Bắc", "hồ chứa nước", "khu đô thị mới", "nâng cấp quốc lộ", "khu tái định cư"];

    /// <summary>Who citizen <paramref name="number"/> is: the same every time.</summary>
    public static ComplainantInput Citizen(int number)
    {
        var h = Mix((uint)number);
        var share = (int)(h % 100);
        var surname = 0;
        for (var seen = SurnameShares[0]; seen <= share && surname < Surnames.Length - 1; seen += SurnameShares[++surname]) { }
        h = Mix(h);
        var name = $"{Surnames[surname]} {Middles[h % Middles.Length]} {Givens[(h >> 8) % Givens.Length]}";
        // Injective over the numbers used (multiplied by a number prime to the modulus): no two citizens share an ID or a phone.
        var id = $"0{(number * 7_919L + 12_345) % 100_000_000_000:D11}";
        var phone = $"09{(number * 104_729L + 777) % 100_000_000:D8}";
        h = Mix(h);
        var address = $"{h % 300 + 1} {Streets[(h >> 9) % Streets.Length]}, {Wards[(h >> 14) % Wards.Length]}, {Districts[(h >> 19) % Districts.Length]}";
        return new ComplainantInput(name, id, phone, address);
    }

    private static uint Mix(uint x)
    {
        x ^= x >> 16;
        x *= 0x7feb352d;
        x ^= x >> 15;
        x *= 0x846ca68b;
        x ^= x >> 16;
        return x;
    }

    /// <summary>
    /// Makes sure the database holds <paramref name="letters"/> letters (made once; a reused database keeps them), entered
    /// in time order over the <paramref name="years"/> years before <paramref name="now"/> at the province's first units.
    /// </summary>
    public static async Task EnsureLettersAsync(IDbContextFactory<PortalDbContext> factory, int letters, int people, int years, WorkingCalendar calendar,
                                                DateTimeOffset now, CancellationToken ct = default)
    {
        int have, province;
        List<(int Unit, int Clerk)> agencies;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            have = await db.ComplaintLetters.CountAsync(ct);
            if (have >= letters) return;
            province = await db.Units.Where(u => u.ParentId == null).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(ct);
            // The intake agencies: up to thirty units, each letter entered by one of their specialists.
            agencies = [.. (await db.People.AsNoTracking().Where(p => p.FullName.StartsWith("Chuyên viên A DV"))
                    .OrderBy(p => p.UnitId).Take(30).Select(p => new { p.UnitId, p.Id }).ToListAsync(ct))
                .Select(p => (p.UnitId, p.Id))];
            if (agencies.Count == 0) throw new InvalidOperationException("The database holds no generated units to receive letters.");
        }
        var random = new Random(letters + have);
        var today = VietnamTime.DateOf(now);
        var first = today.AddYears(-years).AddDays(1);
        var span = today.DayNumber - first.DayNumber;
        var plan = new ResolutionPlan(ComplaintLimits.Law, Remote: false, calendar);
        var bulk = new BulkLoader();
        for (var made = have; made < letters;)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            db.LoadInBulkWithoutAudit();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var recent = new List<(ComplaintCase Case, ComplaintLetter First, ComplainantInput Citizen, int Agency, int Clerk)>();
            for (var batch = 0; batch < 5_000 && made < letters; batch++, made++)
            {
                var receivedOn = first.AddDays((int)((long)made * span / letters));
                var at = VietnamTime.At(receivedOn, new TimeOnly(8 + random.Next(9), random.Next(60)));
                ComplaintCase complaintCase;
                ComplaintLetter? firstLetter = null;
                ComplainantInput citizen;
                int agency, clerk;
                // A repeat letter of a case opened some days before (its first letter's last step behind), by the same citizen,
                // perhaps to another agency.
                if (random.Next(10) == 0 && recent.Count > 0 && recent[random.Next(recent.Count)] is var earlier && earlier.First.Log[^1].At <= at)
                {
                    (complaintCase, firstLetter, citizen, agency, clerk) = earlier;
                    if (random.Next(2) == 0) (agency, clerk) = agencies[random.Next(agencies.Count)];
                }
                else
                {
                    citizen = Citizen(random.Next(people));
                    (agency, clerk) = agencies[random.Next(agencies.Count)];
                    complaintCase = new ComplaintCase(province, agency, clerk, at);
                    db.ComplaintCases.Add(complaintCase);
                }
                var (field, text) = Matters[random.Next(Matters.Length)];
                var place = Wards[random.Next(Wards.Length)];
                var kind = random.Next(10) < 6 ? LetterContent.Complaint : LetterContent.PetitionOrFeedback;
                List<ComplainantInput> complainants = random.Next(10) == 0 ? [citizen, Citizen(random.Next(people))] : [citizen];
                var input = new LetterInput
                {
                    ReceivedOn = receivedOn,
                    Channel = (LetterChannel)random.Next(3),
                    Complainants = complainants,
                    Respondent = $"UBND {place}",
                    Content = string.Format(System.Globalization.CultureInfo.InvariantCulture, text,
                                            random.Next(3) == 0 ? Projects[random.Next(Projects.Length)] : place, random.Next(1, 900), random.Next(1, 60)),
                    Field = field,
                    ContentKind = kind,
                };
                var letter = new ComplaintLetter(complaintCase, agency, input, clerk, at, receivedOn, plan);
                firstLetter?.NoteRepeat(letter, at);
                db.ComplaintLetters.Add(letter);
                if (firstLetter is null)
                {
                    recent.Add((complaintCase, letter, citizen, agency, clerk));
                    if (recent.Count > 200) recent.RemoveAt(0);
                }
                // Most letters older than a month were classified within their ten days; the rest of the old ones, and the recent, wait.
                var decidedOn = receivedOn.AddDays(1 + random.Next(10));
                if (decidedOn.AddDays(20) < today && random.Next(100) < 90)
                    letter.Classify(clerk, Classification(random, kind, complaintCase.IsAccepted), VietnamTime.At(decidedOn, new TimeOnly(10, 0)), decidedOn, plan);
            }
            await bulk.SaveAsync(db, ct);
        }
        await using (var db = await factory.CreateDbContextAsync(ct)) await bulk.FinishAsync(db, ct);
    }

    private static LetterClassification Classification(Random random, LetterContent kind, bool caseAccepted)
    {
        var roll = random.Next(100);
        if (roll < 15) return new LetterClassification(kind, Eligible: false, Reason: IneligibilityReason.MissingComplaintParticulars);
        if (roll < 30) return new LetterClassification(kind, true, Competence: CompetenceOutcome.Guide, CompetentAgency: "Tòa án nhân dân huyện");
        if (roll < 45) return new LetterClassification(kind, true, Competence: CompetenceOutcome.Forward, CompetentAgency: "UBND huyện Sông Cũ",
                                                       ReplyDocument: $"{random.Next(1, 999)}/PC-TCD");
        return new LetterClassification(kind, true, Competence: CompetenceOutcome.Accept, Round: caseAccepted || random.Next(5) > 0 ? 1 : 2,
                                        Complex: random.Next(10) == 0);
    }

    /// <summary>
    /// The look-ups measured: for citizens taken at random (most of whom wrote), what a clerk types — the ID number; the name
    /// and the phone; the name and the address as words without accents, in the letter's order or the other way round; name
    /// and address in their own fields; the content of a letter of the kind.
    /// </summary>
    public static IReadOnlyList<LookupQuery> Queries(int people, int count = 60)
    {
        var random = new Random(people);
        var queries = new List<LookupQuery>();
        var folded = Portal.Domain.Text.TextFolding.Fold;
        for (var i = 0; queries.Count < count; i++)
        {
            var citizen = Citizen(random.Next(people));
            var street = citizen.Address![..citizen.Address!.IndexOf(',', StringComparison.Ordinal)];
            queries.Add((i % 6) switch
            {
                0 => new LookupQuery(IdNumber: citizen.IdNumber),
                1 => new LookupQuery(Name: citizen.Name, Phone: citizen.Phone),
                2 => new LookupQuery(Words: folded($"{citizen.Name} {street}")),
                3 => new LookupQuery(Words: folded($"{street} {citizen.Name}")),
                4 => new LookupQuery(Name: citizen.Name, Address: citizen.Address),
                _ => new LookupQuery(Content: string.Format(System.Globalization.CultureInfo.InvariantCulture, Matters[i % Matters.Length].Text,
                                                            Wards[random.Next(Wards.Length)], random.Next(1, 900), random.Next(1, 60))),
            });
        }
        return queries;
    }
}
