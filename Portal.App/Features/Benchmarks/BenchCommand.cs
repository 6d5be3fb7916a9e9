using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.App.Features.Complaints;
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
using Portal.Domain.Complaints;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Press;
using Portal.Domain.Questions;
using Portal.Domain.Reports;
using Portal.Domain.Security;
using Portal.Domain.Units;

namespace Portal.App.Features.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project Portal.App -- bench [--provider Sqlite|Postgres] [--connection "…"] [--reuse]
/// [--tasks N] [--units N] [--people N] [--years N] [--letters N] [--now yyyy-MM-dd] [--quick] [--desks] [--complaints] [--out BENCHMARKS.md] [--append]</c>:
/// generates a deterministic province (a fresh SQLite file unless a connection is given; units, people, documents, tasks
/// played through the domain transitions, so with history) whose register ends on the day before "now" (today unless
/// <c>--now</c> gives another day; 09:00 Vietnam time), or with <c>--reuse</c> takes the one already in the database, then
/// runs each measurement of issue 7 with a warm-up and repeated runs and writes the median, p95 and peak managed memory
/// against the budgets; <c>--desks</c> measures the desks alone and logs each section's time (for finding where a desk's time goes),
/// <c>--complaints</c> the complaint letters alone and logs each look-up's time.
/// </summary>
public static class BenchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("--quick");
        var size = Size(args, quick);
        var provider = Provider(args);
        var output = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? "BENCHMARKS.md";
        var results = await MeasureAsync(size, provider, Text(args, "--connection"), runs: quick ? 5 : 50, Console.WriteLine, args.Contains("--reuse"),
                                         now: NowOf(args), desksOnly: args.Contains("--desks"),
                                         complaintsOnly: args.Contains("--complaints"));
        var append = args.Contains("--append") && File.Exists(output);
        await File.WriteAllTextAsync(output, (append ? await File.ReadAllTextAsync(output) + "\n" : Header()) + Markdown(size, provider, results));
        Console.WriteLine($"Wrote {output}");
        return results.All(r => r.Pass) ? 0 : 1;
    }

    /// <summary>
    /// <c>dotnet run --project Portal.App -- generate [--provider Sqlite|Postgres|SqlServer] [--connection "…"]
    /// [--units 300] [--people 100000] [--tasks 1000000] [--seed 300] [--years 10] [--now yyyy-MM-dd]</c>: fills an empty
    /// database of any provider with the same deterministic data set the benchmarks use, its register ending the day before
    /// "now" (today unless given), so that the app started on it sees the desks a running province would.
    /// </summary>
    public static async Task<int> GenerateCommandAsync(string[] args)
    {
        var size = Size(args, quick: false);
        var provider = Provider(args);
        var connection = Text(args, "--connection") ?? (provider == DatabaseProvider.Sqlite ? "Data Source=portal-generated.db" : null)
                         ?? throw new ArgumentException("--connection is required for this provider.");
        var watch = Stopwatch.StartNew();
        var factory = Factory(provider, connection);
        var now = NowOf(args);
        var cast = await GenerateAsync(factory, size, now);
        await cast.EnsureDeskAccountAsync(factory, now);
        Console.WriteLine($"Generated {size.Tasks:N0} tasks, {size.People:N0} people, {size.Units} units on {provider} in {watch.Elapsed.TotalSeconds:0.0} s; "
                          + $"the busiest unit's leader signs in as {DeskAccount} / {DeskPassword}.");
        return 0;
    }

    /// <summary>What provincial directives are about, so a text search matches a realistic share of the register.</summary>
    private static readonly string[] Outlets = ["Báo Nhân Dân", "Báo Tuổi Trẻ", "Báo Thanh Niên", "VnExpress", "Báo Lao Động", "Báo Tiền Phong"];

    private static string TrackingCode(Random random) =>
        string.Create(CitizenQuestion.TrackingCodeLength, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = CitizenQuestion.TrackingAlphabet[r.Next(CitizenQuestion.TrackingAlphabet.Length)];
        });

    private static readonly string[] Topics =
    [
        "Đẩy nhanh tiến độ giải ngân vốn đầu tư công", "Tăng cường công tác phòng, chống thiên tai", "Kiểm tra an toàn thực phẩm dịp Tết",
        "Rà soát thủ tục hành chính trực tuyến", "Xử lý dứt điểm kiến nghị của cử tri", "Báo cáo tình hình thu ngân sách",
        "Triển khai chuyển đổi số cấp xã", "Giải phóng mặt bằng dự án đường ven biển", "Phòng, chống dịch bệnh trên gia súc",
        "Quản lý khai thác khoáng sản trái phép", "Chấn chỉnh kỷ luật, kỷ cương hành chính", "Bảo đảm trật tự an toàn giao thông",
        "Phát triển du lịch cộng đồng", "Hỗ trợ doanh nghiệp nhỏ và vừa", "Cải thiện chỉ số năng lực cạnh tranh cấp tỉnh",
        "Xây dựng nông thôn mới nâng cao", "Bảo vệ rừng và phòng cháy chữa cháy rừng", "Giải quyết đơn thư khiếu nại tồn đọng",
        "Chuẩn bị năm học mới", "Kiểm soát giá cả thị trường", "Sắp xếp đơn vị hành chính cấp xã", "Quản lý đất công",
        "Xử lý rác thải sinh hoạt đô thị", "Nâng cao chất lượng khám chữa bệnh tuyến cơ sở", "Tổ chức lễ hội truyền thống",
        "Đào tạo nghề cho lao động nông thôn", "Cấp giấy chứng nhận quyền sử dụng đất", "Phòng, chống buôn lậu, gian lận thương mại",
        "Thực hiện chính sách an sinh xã hội", "Kiểm tra công trình xây dựng không phép", "Thu hút đầu tư vào khu công nghiệp",
        "Ứng phó xâm nhập mặn", "Quy hoạch vùng sản xuất lúa chất lượng cao", "Hoàn thiện hồ sơ quyết toán dự án",
        "Tuyên truyền pháp luật cho đồng bào dân tộc thiểu số", "Bảo đảm cấp điện mùa khô", "Nạo vét kênh mương thủy lợi",
        "Sửa chữa trường học xuống cấp", "Kiểm tra phòng cháy chữa cháy nhà cao tầng", "Tiêm chủng mở rộng",
    ];

    /// <summary>The text the Office's list is filtered by, without accents (one topic in forty).</summary>
    public const string SearchPhrase = "giai ngan von";

    /// <summary>The size of a generated register; its documents spread over the <c>Years</c> years before "now".</summary>
    public sealed record DataSize(int Tasks, int Units, int People, int Seed, int Years = 10, int? Letters = null);

    /// <summary>"Now" of a generated register and its measurements: 09:00 (Vietnam) of <c>--now yyyy-MM-dd</c>, or of today.</summary>
    public static DateTimeOffset NowOf(string[] args)
    {
        var day = Text(args, "--now") is { } text
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : throw new ArgumentException($"--now takes a date written yyyy-MM-dd, not \"{text}\".")
            : VietnamTime.DateOf(TimeProvider.System.GetUtcNow());
        return VietnamTime.At(day, new TimeOnly(9, 0));
    }

    /// <summary>The year Phụ lục V is measured for: the one a month before "now" (the last full year in January).</summary>
    public static int ReportYear(DateTimeOffset now) => VietnamTime.DateOf(now).AddMonths(-1).Year;

    private static DataSize Size(string[] args, bool quick) => new(
        Option(args, "--tasks") ?? (quick ? 10_000 : 1_000_000), Option(args, "--units") ?? (quick ? 50 : 300),
        Option(args, "--people") ?? (quick ? 2_000 : 100_000), Option(args, "--seed") ?? 300, Option(args, "--years") ?? 10,
        Option(args, "--letters"));

    private static DatabaseProvider Provider(string[] args) =>
        Enum.TryParse<DatabaseProvider>(Text(args, "--provider"), true, out var p) ? p : DatabaseProvider.Sqlite;

    private static string? Text(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    private static IDbContextFactory<PortalDbContext> Factory(DatabaseProvider provider, string connection) => provider switch
    {
        DatabaseProvider.Postgres => new BenchFactory(() => new PostgresPortalDbContext(
            new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(connection).Options)),
        DatabaseProvider.SqlServer => new BenchFactory(() => new SqlServerPortalDbContext(
            new DbContextOptionsBuilder<SqlServerPortalDbContext>().UseSqlServer(connection).Options)),
        _ => new BenchFactory(() => new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(connection).Options)),
    };

    public static async Task<IReadOnlyList<BenchResult>> MeasureAsync(DataSize size, DatabaseProvider provider, string? connection, int runs,
                                                                      Action<string> log, bool reuse = false, bool awaitAutovacuum = true,
                                                                      DateTimeOffset? now = null, bool desksOnly = false, bool complaintsOnly = false)
    {
        var start = now ?? NowOf([]);
        // SQLite works in a temporary file unless a connection is given.
        var path = Path.Combine(Path.GetTempPath(), $"portal-bench-{Guid.NewGuid():N}.db");
        connection ??= provider == DatabaseProvider.Sqlite ? $"Data Source={path}"
            : throw new ArgumentException("--connection is required for this provider.");
        var factory = Factory(provider, connection);
        var on = $"{size.Tasks:N0} tasks, {size.People:N0} people, {size.Units} units, {provider}";
        try
        {
            var clock = new FixedClock(start);
            var watch = Stopwatch.StartNew();
            // --reuse measures a database generated before (with `generate`), migrating it to the current schema first.
            var cast = reuse && await CastAsync(factory) is { } existing ? existing : await GenerateAsync(factory, size, clock.GetUtcNow());
            await cast.EnsureDeskAccountAsync(factory, start);
            log($"{(reuse ? "Prepared" : "Generated")} {on} in {watch.Elapsed.TotalSeconds:0.0} s.");
            var results = new List<BenchResult>();
            void Add(string what, string budget, (double Median, double P95, double PeakMb) m, bool pass)
            {
                results.Add(new BenchResult($"{what} ({on})", budget, m.Median, m.P95, m.PeakMb, pass));
                log($"{what}: median {m.Median:0.0} ms, p95 {m.P95:0.0} ms, peak managed {m.PeakMb:0} MB — {(pass ? "PASS" : "FAIL")}");
            }

            var tree = new UnitTreeCache(factory);
            var calendars = new CalendarCache(factory, tree);
            var notifier = new TaskNotifier(NullLogger<TaskNotifier>.Instance);
            var queries = new TaskQueryService(factory, calendars, tree, clock, Options.Create(new PortalOptions()));
            var desk = new DeskService(queries);

            // First the register is brought up to date as the running jobs would keep it — warnings, overdue notices,
            // urging, escalations — so that the desks below are measured with their escalated lists filled.
            var reminderProfiles = new RuleProfiles(Options.Create(new PortalOptions()), Options.Create(new RemindersOptions()), Options.Create(new EvaluationOptions()), factory, tree);
            var reminders = new ReminderService(factory, calendars, clock, reminderProfiles, notifier, tree, NullLogger<ReminderService>.Instance);
            // Issue 16: complaint letters, as many as the register's tasks (a million) unless --letters says, from three fifths as
            // many complainants; their look-up before intake and Biểu 01/XLD.
            async Task MeasureComplaintsAsync()
            {
                var letters = size.Letters ?? size.Tasks;
                var complainants = Math.Max(100, letters / 5 * 3);
                var generating = Stopwatch.StartNew();
                await ComplaintBench.EnsureLettersAsync(factory, letters, complainants, size.Years, await calendars.ForProvinceAsync(null), start);
                log($"Complaint letters ready ({letters:N0} from {complainants:N0} complainants) in {generating.Elapsed.TotalSeconds:0.0} s.");
                var complaints = new ComplaintService(factory, tree, calendars, reminderProfiles, clock, notifier);
                var officer = new Actor("bench-complaints", "Cán bộ tiếp dân", null, cast.Leader.UnitId, new HashSet<string> { PortalRoles.ComplaintOfficer });
                var lookups = ComplaintBench.Queries(complainants);
                var asked = 0;
                var lookUp = await TimeAsync(Math.Max(runs * 2, 2), () => complaints.LookUpAsync(officer, lookups[asked++ % lookups.Count]));
                Add($"The complaint letters' duplicate look-up before intake (ID number, name and phone, name and address words in any order, content), {letters:N0} letters, "
                    + $"{complainants:N0} complainants, top {ComplaintService.MaxMatches}", "p95 ≤ 100 ms", lookUp, lookUp.P95 <= 100);
                if (complaintsOnly)
                    // `--complaints` (development): each look-up of the set once, its time, what it asked and how many it found.
                    foreach (var query in lookups)
                    {
                        var watch3 = Stopwatch.StartNew();
                        var found = await complaints.LookUpAsync(officer, query);
                        log($"  {watch3.Elapsed.TotalMilliseconds:0.0} ms, {found.Count} found: {query}");
                    }
                var complaintReports = new ComplaintReportService(factory, tree);
                var complaintExporter = new ComplaintFormExporter(Options.Create(new PortalOptions()));
                var xld01 = await TimeAsync(Math.Min(runs, 7), async () =>
                {
                    var report = await complaintReports.BuildAsync(officer, ComplaintForms.Xld01, ReportPeriod.Create(PeriodKind.Year, ReportYear(start)));
                    complaintExporter.Export(report, VietnamTime.DateOf(clock.Now));
                });
                Add("Biểu 01/XLD for a year province-wide, figures + .xlsx", "≤ 3 s", xld01, xld01.P95 <= 3000);
            }
            if (complaintsOnly)
            {
                await MeasureComplaintsAsync();
                return results;
            }

            var catchUp = await TimeAsync(0, () => reminders.RunAllAsync());
            // Not a budget of its own: a generated register never reminded, all caught up in one pass.
            Add("Information: the reminder and urging jobs catching up a register never reminded, in one pass", "— (no budget)", catchUp, true);
            if (provider == DatabaseProvider.Postgres && awaitAutovacuum) await AwaitAutovacuumAsync(factory, log);
            else if (provider == DatabaseProvider.Sqlite)
            {
                // What the nightly statistics job (and its run after start-up) gives a running SQLite province.
                await using var db = await factory.CreateDbContextAsync();
                var watch2 = Stopwatch.StartNew();
                await DatabaseStatistics.RefreshAsync(db);
                log($"Statistics refreshed (ANALYZE) in {watch2.Elapsed.TotalSeconds:0.0} s.");
            }

            var deskTimes = await TimeAsync(runs, () => desk.GetAsync(cast.Leader));
            Add("A unit leader's desk data (all counts, each kind's among them, and the first page of each list; the register holds directive tasks, press-reported incidents and citizens' questions)", "p95 ≤ 50 ms", deskTimes, deskTimes.P95 <= 50);
            var specialistDesk = await TimeAsync(runs, () => desk.GetAsync(cast.Tracker));
            Add("The tracking specialist's desk data", "p95 ≤ 50 ms", specialistDesk, specialistDesk.P95 <= 50);
            var chairmanDesk = await TimeAsync(runs, () => desk.GetAsync(cast.Chairman));
            Add("The chairman's desk data (directs a fifth of the register)", "p95 ≤ 50 ms", chairmanDesk, chairmanDesk.P95 <= 50);
            var officeDesk = await TimeAsync(runs, () => desk.GetAsync(cast.OfficeLeader));
            Add("An Office leader's desk data (oversees the whole register)", "p95 ≤ 50 ms", officeDesk, officeDesk.P95 <= 50);
            if (desksOnly)
            {
                // `--desks` (development): the desks alone, and where each one's time goes, section by section.
                foreach (var (name, actor) in new[] { ("unit leader", cast.Leader), ("tracker", cast.Tracker), ("chairman", cast.Chairman), ("Office leader", cast.OfficeLeader) })
                {
                    foreach (var view in Enum.GetValues<TaskView>().Where(v => v is not TaskView.All and not TaskView.MyUnit))
                    {
                        var section = await TimeAsync(Math.Min(runs, 10), () => queries.ListAsync(actor, new TaskFilter { View = view }, 0, DeskService.TopRows, countKinds: true));
                        log($"  {name}, {view}: median {section.Median:0.0} ms, p95 {section.P95:0.0} ms");
                    }
                }
                return results;
            }

            var filter = new TaskFilter { Text = SearchPhrase };
            var list = await TimeAsync(runs, () => queries.ListAsync(cast.Tracker, filter, 0, 20));
            Add("The Office's tracking list, first page, text filter without accents", "p95 ≤ 100 ms", list, list.P95 <= 100);

            var workflow = new TaskWorkflowService(factory, clock, calendars, tree, notifier, reminderProfiles);
            var drafts = await cast.DraftsAsync(factory, runs + 1, clock.GetUtcNow());
            if (drafts.Count < 2) throw new InvalidOperationException("The database holds too few drafts waiting for approval to measure approving one.");
            var next = 0;
            var approve = await TimeAsync(Math.Min(runs, drafts.Count - 1), async () =>
            {
                var (id, version, leader) = drafts[next++];
                await workflow.ApproveAsync(leader, id, version, null);
            });
            Add("One lifecycle transition (approve a draft) with history and audit writes", "p95 ≤ 20 ms", approve, approve.P95 <= 20);

            // Each daily pass is the next working day's, with that day's warnings, overdue notices, urging and escalations.
            var calendar = await calendars.ForProvinceAsync(null);
            var daily = await TimeAsync(Math.Min(runs, 5), () =>
            {
                clock.Now = VietnamTime.At(calendar.AddWorkingDays(VietnamTime.DateOf(clock.Now), 1), new TimeOnly(7, 0));
                return reminders.RunAllAsync();
            });
            Add("The reminder and urging jobs, a daily pass", "≤ 5 s", daily, daily.P95 <= 5000);

            var startup = await StartupAsync(provider, connection, Math.Min(runs, 3));
            Add("Start-up of the app (a new process) on the existing database to the first served page", "≤ 10 s", startup, startup.P95 <= 10_000);

            // Issue 15: the public answers page with 100,000 published answers (a tenth of the register below a million tasks).
            var published = size.Tasks >= 1_000_000 ? 100_000 : Math.Clamp(size.Tasks / 10, 100, 100_000);
            var publicPage = await PublicPageBench.MeasureAsync(factory, provider, connection, published, TimeSpan.FromSeconds(runs >= 50 ? 10 : 2), start);
            Add($"The public answers page /hoi-dap and questions' pages, {publicPage.Answers:N0} published answers, 16 anonymous readers: "
                + $"{publicPage.RequestsPerSecond:N0} requests/s", "p95 ≤ 50 ms, ≥ 300 requests/s", (publicPage.Median, publicPage.P95, 0),
                publicPage.P95 <= 50 && publicPage.RequestsPerSecond >= 300);

            var reports = new SummaryReportService(factory, clock);
            var exporter = new SummaryReportExporter(Options.Create(new PortalOptions()));
            var clerk = new Actor("bench", "Bench", null, null, new HashSet<string> { PortalRoles.Clerk });
            var year = ReportPeriod.Create(PeriodKind.Year, ReportYear(start));
            var phuLucV = await TimeAsync(Math.Min(runs, 7), async () =>
            {
                var report = await reports.BuildAsync(clerk, year, new ReportFilter());
                exporter.Export(report, VietnamTime.DateOf(clock.Now));
            });
            Add("Phụ lục V for a year over all units, figures + .xlsx", "≤ 3 s, peak managed memory ≤ 300 MB", phuLucV,
                phuLucV.P95 <= 3000 && phuLucV.PeakMb <= 300);

            await MeasureComplaintsAsync();
            return results;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        }
    }

    /// <summary>
    /// Starts the application as its own process on the database (Production settings, no demo data) and times it from
    /// the process start to the first page served (the sign-in page, 200); each run is a cold start of a new process.
    /// </summary>
    private static async Task<(double Median, double P95, double PeakMb)> StartupAsync(DatabaseProvider provider, string connection, int runs)
    {
        var app = typeof(BenchCommand).Assembly.Location;
        var folder = Directory.CreateTempSubdirectory("portal-startup-").FullName;
        var times = new List<double>();
        try
        {
            for (var i = 0; i < runs; i++)
            {
                using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
                listener.Start();
                var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                var start = new ProcessStartInfo("dotnet", [app])
                {
                    WorkingDirectory = Path.GetDirectoryName(app)!,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
                start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
                start.Environment["Database__Provider"] = provider.ToString();
                start.Environment["ConnectionStrings__Portal"] = connection;
                start.Environment["Seed__Demo"] = "false";
                start.Environment["Files__Folder"] = folder;
                var watch = Stopwatch.StartNew();
                using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the application.");
                var output = new StringBuilder();
                process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
                process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
                try
                {
                    while (true)
                    {
                        if (process.HasExited) throw new InvalidOperationException($"The application stopped while starting:\n{output}");
                        if (watch.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException($"The application did not serve a page within 2 minutes:\n{output}");
                        try
                        {
                            using var response = await http.GetAsync($"http://127.0.0.1:{port}/Account/Login");
                            if (response.IsSuccessStatusCode) break;
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                        {
                            // Not listening yet.
                        }
                        await Task.Delay(25);
                    }
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
                finally
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        times.Sort();
        return (times[times.Count / 2], times[^1], 0);
    }

    /// <summary>The sign-in account of the busiest unit's leader that the measurements in Chromium use (bench.sh).</summary>
    public const string DeskAccount = "bench-desk";

    public const string DeskPassword = "Bench@2026-desk";

    /// <summary>The people the measurements act as.</summary>
    private sealed record Cast(Actor Leader, Actor Tracker, Actor Chairman, Actor OfficeLeader, IReadOnlyDictionary<int, int> LeaderOfUnit)
    {
        private const string AccountStamp = "bench-account";

        /// <summary>
        /// Creates (or keeps) the account <see cref="DeskAccount"/> of the busiest unit's leader through ASP.NET Core Identity,
        /// as the app's own administration would, so that a browser can sign in to the generated province.
        /// </summary>
        public async Task EnsureDeskAccountAsync(IDbContextFactory<PortalDbContext> factory, DateTimeOffset now)
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddScoped(_ => factory.CreateDbContext());
            services.AddIdentityCore<PortalUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<PortalDbContext>();
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(PortalRoles.UnitLeader)) Check(await roles.CreateAsync(new IdentityRole(PortalRoles.UnitLeader)));
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            if (await users.FindByNameAsync(DeskAccount) is not null) return;
            var user = new PortalUser
            {
                UserName = DeskAccount,
                DisplayName = Leader.DisplayName,
                PersonId = Leader.PersonId,
                UnitId = Leader.UnitId,
                PasswordChangedAt = now,
            };
            Check(await users.CreateAsync(user, DeskPassword));
            Check(await users.AddToRoleAsync(user, PortalRoles.UnitLeader));

            static void Check(IdentityResult result)
            {
                if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }

        /// <summary>The busiest unit's leader, the first tracker of the Office, the chairman (who directs a fifth of the
        /// register) and a leader of the Office (who oversees all of it).</summary>
        public static Cast Of(int leader, int unit, int tracker, int office, int chairman, int province, IReadOnlyDictionary<int, int> leaderOfUnit) => new(
            new Actor("bench-leader", "Lãnh đạo", leader, unit, new HashSet<string> { PortalRoles.UnitLeader }),
            new Actor("bench-tracker", "Theo dõi", tracker, office, new HashSet<string> { PortalRoles.TrackingSpecialist }),
            new Actor("bench-chairman", "Chủ tịch", chairman, province, new HashSet<string> { PortalRoles.ProvincialLeader }),
            new Actor("bench-office-leader", "Lãnh đạo Văn phòng", null, office, new HashSet<string> { PortalRoles.OfficeLeader }),
            leaderOfUnit);

        /// <summary>
        /// Tasks waiting for their leader's approval at <paramref name="now"/>, each with the version and the leader who approves
        /// it. A database measured before (--reuse) holds steps of that run's later daily passes: a task whose last step is after
        /// <paramref name="now"/> cannot be approved then, so it is passed over.
        /// </summary>
        public async Task<List<(int Id, int Version, Actor Leader)>> DraftsAsync(IDbContextFactory<PortalDbContext> factory, int count, DateTimeOffset now)
        {
            await using var db = await factory.CreateDbContextAsync();
            var rows = await db.CaseTasks.AsNoTracking()
                .Where(t => t.State == TaskState.DraftPendingApproval && t.DelegatedUnitId == null && (t.LastHistoryAt == null || t.LastHistoryAt <= now))
                .OrderBy(t => t.Id).Take(count)
                .Select(t => new { t.Id, t.LeadUnitId, Version = EF.Property<int>(t, PortalDbContext.VersionProperty) }).ToListAsync();
            // The workflow re-checks the account behind every step: each approving leader gets one (kept on --reuse).
            var accounts = rows.Select(r => r.LeadUnitId).Distinct().ToDictionary(unit => unit, unit => $"bench-leader-{unit}");
            var ids = accounts.Values.ToList();
            var existing = (await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync()).ToHashSet();
            foreach (var (unit, id) in accounts.Where(a => !existing.Contains(a.Value)))
                db.Users.Add(new PortalUser
                {
                    Id = id,
                    UserName = id,
                    NormalizedUserName = id.ToUpperInvariant(),
                    DisplayName = "Lãnh đạo",
                    PersonId = LeaderOfUnit[unit],
                    UnitId = unit,
                    SecurityStamp = AccountStamp
                });
            await db.SaveChangesAsync();
            return [.. rows.Select(r => (r.Id, r.Version, new Actor(accounts[r.LeadUnitId], "Lãnh đạo", LeaderOfUnit[r.LeadUnitId], r.LeadUnitId,
                new HashSet<string> { PortalRoles.UnitLeader }) { SecurityStamp = AccountStamp }))];
        }
    }

    /// <summary>
    /// The catch-up changed tens of thousands of tasks at once; a running PostgreSQL vacuums and analyzes the register
    /// after 1% of it changed (the table's settings, see the OfficeDeskIndexes migration), within its one-minute round.
    /// The desks are measured once it has, as they would be served a minute later; it is awaited, not run by hand.
    /// </summary>
    private static async Task AwaitAutovacuumAsync(IDbContextFactory<PortalDbContext> factory, Action<string> log)
    {
        await using var db = await factory.CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT now()";
        var since = (DateTime)(await command.ExecuteScalarAsync())!;
        // The register vacuumed and analyzed since, and no autovacuum worker still busy with the other tables the catch-up
        // filled (notifications, history), which would share the two cores with the measurements.
        command.CommandText = "SELECT COALESCE((SELECT last_autovacuum >= @since AND last_autoanalyze >= @since FROM pg_stat_user_tables "
                              + "WHERE relname = 'CaseTasks'), false) "
                              + "AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker')";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "since";
        parameter.Value = since;
        command.Parameters.Add(parameter);
        var quiet = 0;
        while (watch.Elapsed < TimeSpan.FromMinutes(5))
        {
            // Quiet twice in a row, so that a worker between two tables is not taken for the end.
            quiet = await command.ExecuteScalarAsync() is true ? quiet + 1 : 0;
            if (quiet == 2)
            {
                log($"Autovacuum caught up with the register after {watch.Elapsed.TotalSeconds:0} s.");
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
        log("Autovacuum had not caught up with the register after 5 minutes; measuring anyway.");
    }

    /// <summary>The cast of a database generated before, or null when it holds no generated register.</summary>
    private static async Task<Cast?> CastAsync(IDbContextFactory<PortalDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.MigrateAsync();
        var first = await db.Units.AsNoTracking().Where(u => u.Code == "DV001").Select(u => (int?)u.Id).FirstOrDefaultAsync();
        var office = await db.Units.AsNoTracking().Where(u => u.Code == "VPUB").Select(u => (int?)u.Id).FirstOrDefaultAsync();
        var tracker = await db.People.AsNoTracking().Where(p => p.FullName == "Chuyên viên Theo Dõi 01").Select(p => (int?)p.Id).FirstOrDefaultAsync();
        if (first is null || office is null || tracker is null) return null;
        var leaders = await db.People.AsNoTracking().Where(p => p.FullName.StartsWith("Lãnh đạo DV")).Select(p => new { p.Id, p.UnitId }).ToListAsync();
        var leaderOfUnit = leaders.ToDictionary(l => l.UnitId, l => l.Id);
        var chairman = await db.People.AsNoTracking().Where(p => p.FullName == "Chủ tịch Đo Lường").Select(p => new { p.Id, p.UnitId }).SingleAsync();
        return Cast.Of(leaderOfUnit[first.Value], first.Value, tracker.Value, office.Value, chairman.Id, chairman.UnitId, leaderOfUnit);
    }

    private static async Task<Cast> GenerateAsync(IDbContextFactory<PortalDbContext> factory, DataSize size, DateTimeOffset now)
    {
        var (taskCount, unitCount) = (size.Tasks, size.Units);
        var today = VietnamTime.DateOf(now);
        var first = today.AddYears(-size.Years);
        var years = Enumerable.Range(first.Year - 1, today.Year - first.Year + 3).ToArray();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            foreach (var y in years)
                db.CalendarDays.AddRange(OfficialSchedules.For(y).Select(e => new CalendarDay(e.Date, e.Kind, e.Name)));
            await db.SaveChangesAsync();
        }
        var calendar = OfficialSchedules.CalendarFor(years);
        var random = new Random(size.Seed);
        var leaders = new Dictionary<Unit, Person>();
        var specialists = new Dictionary<Unit, List<Person>>();
        List<Unit> leadUnits;
        Person tracker, chairman;
        List<Person> trackers, directors;
        Unit office;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var province = new Unit("UBND tỉnh Đo lường", "UBND", UnitKind.ProvincialCommittee, null);
            office = new Unit("Văn phòng UBND tỉnh", "VPUB", UnitKind.ProvincialOffice, province);
            leadUnits = [.. Enumerable.Range(1, unitCount).Select(i => new Unit($"Đơn vị số {i:000}", $"DV{i:000}", i % 3 == 0 ? UnitKind.Commune : UnitKind.Department, province))];
            db.Units.AddRange([province, office, .. leadUnits]);
            await db.SaveChangesAsync();
            // A chairman and four vice-chairmen direct; one tracking specialist of the Office follows about ten units.
            directors = [.. Enumerable.Range(0, 5).Select(i => new Person(i == 0 ? "Chủ tịch Đo Lường" : $"Phó Chủ tịch {i}", province.Id,
                                                                          i == 0 ? "Chủ tịch UBND tỉnh" : "Phó Chủ tịch UBND tỉnh"))];
            trackers = [.. Enumerable.Range(1, Math.Max(1, unitCount / 10)).Select(i => new Person($"Chuyên viên Theo Dõi {i:00}", office.Id, "Chuyên viên"))];
            chairman = directors[0];
            tracker = trackers[0];
            db.People.AddRange(directors);
            db.People.AddRange(trackers);
            foreach (var unit in leadUnits)
            {
                leaders[unit] = new Person($"Lãnh đạo {unit.Code}", unit.Id, "Giám đốc");
                specialists[unit] = [new Person($"Chuyên viên A {unit.Code}", unit.Id, "Chuyên viên"), new Person($"Chuyên viên B {unit.Code}", unit.Id, "Chuyên viên")];
                db.People.Add(leaders[unit]);
                db.People.AddRange(specialists[unit]);
            }
            await db.SaveChangesAsync();
        }
        // The rest of the province's civil servants, spread over the units, in batches.
        var people = directors.Count + trackers.Count + unitCount * 3;
        var bulk = new BulkLoader();
        while (people < size.People)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.LoadInBulkWithoutAudit();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < 5_000 && people < size.People; i++, people++)
                db.People.Add(new Person($"Cán bộ {people:000000}", leadUnits[people % leadUnits.Count].Id, "Chuyên viên"));
            await SaveAsync(db, bulk);
        }

        // Documents spread over the years before today (about 100,000 tasks a year at the full size), the old work closed.
        var simulation = new TaskSimulation(random, calendar, now, leaders, specialists, settledAfterDays: 180);
        var workingDays = new List<DateOnly>();
        for (var d = first; d < today; d = d.AddDays(1))
            if (calendar.IsWorkingDay(d)) workingDays.Add(d);
        var created = 0;
        var number = 0;
        var provinceId = leadUnits[0].ParentId!.Value;
        var savedDigestDays = new HashSet<DateOnly>();
        while (created < taskCount)
        {
            // The cases' sources with keys of their own (the day's press digest and its items, citizens' questions) are
            // written first; their cases then point at them.
            await using var sources = await factory.CreateDbContextAsync();
            await using var db = await factory.CreateDbContextAsync();
            foreach (var context in new[] { sources, db })
            {
                context.LoadInBulkWithoutAudit();
                context.ChangeTracker.AutoDetectChangesEnabled = false;
            }
            var digests = new Dictionary<DateOnly, PressDigest>();
            var pointers = new List<(CaseTask Task, Func<long> Source, string Property)>();
            for (var batch = 0; batch < 400 && created < taskCount; batch++)
            {
                // Entered in the order of time, as a register fills up: a year's tasks lie together in the tables.
                var day = workingDays[(int)((long)created * workingDays.Count / taskCount)];
                var assignedAt = VietnamTime.At(day, new TimeOnly(9, 0));
                var roll = random.Next(100);
                // Every kind on the desks (issue 15): about one case in twenty is a press-reported incident, one in twenty-five a
                // citizen's question; the rest are directive documents' tasks.
                if (roll < 10 && !savedDigestDays.Contains(day))
                {
                    if (!digests.TryGetValue(day, out var digest))
                    {
                        digests[day] = digest = new PressDigest(provinceId, day, tracker.Id, VietnamTime.At(day, new TimeOnly(8, 30)), null);
                        sources.PressDigests.Add(digest);
                    }
                    var topic = Topics[random.Next(Topics.Length)];
                    var item = digest.Add(new PressItemInput(Outlets[random.Next(Outlets.Length)], $"Phản ánh: {topic} còn chậm (tin {created})",
                                                             $"https://bao.example.vn/tin-{created}", day.AddDays(-random.Next(3)),
                                                             $"Báo nêu việc {topic.ToLowerInvariant()} tại địa phương còn chậm, người dân bức xúc.", null),
                                          tracker.Id, VietnamTime.At(day, new TimeOnly(8, 30)));
                    for (var t = random.Next(100) < 80 ? 1 : 2; t > 0 && created < taskCount; t--, created++)
                    {
                        var unitIndex = random.Next(leadUnits.Count);
                        var task = CaseTask.ForPressItem(item, "Đề nghị kiểm tra, xử lý và báo cáo UBND tỉnh.", leadUnits[unitIndex].Id, random.Next(100) < 20,
                                                         assignedAt, directors[unitIndex % directors.Count].Id, trackers[unitIndex % trackers.Count].Id, calendar);
                        db.CaseTasks.Add(simulation.Live(task, leadUnits[unitIndex], assignedAt));
                        pointers.Add((task, () => item.Id, nameof(CaseTask.PressItemId)));
                    }
                    continue;
                }
                if (roll < 20)
                {
                    var unitIndex = random.Next(leadUnits.Count);
                    var specialist = trackers[unitIndex % trackers.Count];
                    var topic = Topics[random.Next(Topics.Length)];
                    var receivedAt = VietnamTime.At(day, new TimeOnly(8, 0));
                    var question = new CitizenQuestion(provinceId, TrackingCode(random), QuestionChannel.Editor, null, null, specialist.Id,
                        new QuestionInput($"Công dân {created}", null, null, null, $"Hỏi về việc {topic.ToLowerInvariant()} (câu {created})",
                                          $"Xin cho biết kế hoạch và thời gian thực hiện việc {topic.ToLowerInvariant()} tại địa phương.", null), receivedAt);
                    question.Accept(specialist.Id, receivedAt);
                    question.Route(specialist.Id, specialist.Id, null, null, receivedAt);
                    question.MarkForwarded(specialist.Id, assignedAt);
                    var task = CaseTask.ForQuestion(question, null, leadUnits[unitIndex].Id, random.Next(100) < 20, assignedAt, specialist.Id,
                                                    directors[unitIndex % directors.Count].Id, calendar);
                    simulation.Live(task, leadUnits[unitIndex], assignedAt);
                    // A confirmed answer is published, as the engine's publish step does.
                    if (task.CompletedAt is { } completedAt && task.Report is { } report)
                        question.Publish(report.Content, leadUnits[unitIndex].Name, VietnamTime.DateOf(task.LastSubmittedAt ?? completedAt), specialist.Id, completedAt);
                    sources.CitizenQuestions.Add(question);
                    db.CaseTasks.Add(task);
                    pointers.Add((task, () => question.Id, nameof(CaseTask.QuestionId)));
                    created++;
                    continue;
                }
                var document = new DirectiveDocument(DocumentType.CongVan, $"{++number}", "UBND-TH", $"Văn bản đo lường số {number}", day,
                                                     provinceId, SecrecyLevel.None)
                { DirectingLeaderId = chairman.Id, DrafterId = tracker.Id };
                document.Register(tracker.Id, assignedAt, calendar.AddWorkingDays(day, 2));
                db.DirectiveDocuments.Add(document);
                for (var t = TasksOfDocument(random); t > 0 && created < taskCount; t--, created++)
                {
                    var unitIndex = random.Next(leadUnits.Count);
                    db.CaseTasks.Add(simulation.Create(document, leadUnits[unitIndex], assignedAt, trackers[unitIndex % trackers.Count],
                                                            directors[unitIndex % directors.Count], $"{Topics[random.Next(Topics.Length)]} (đợt {created})"));
                }
            }
            await SaveAsync(sources, bulk);
            savedDigestDays.UnionWith(digests.Keys);
            foreach (var (task, source, property) in pointers)
            {
                var entry = db.Entry(task).Property(property);
                entry.CurrentValue = property == nameof(CaseTask.QuestionId) ? (object)(int)source() : source();
            }
            await SaveAsync(db, bulk);
        }
        await using (var db = await factory.CreateDbContextAsync())
            await bulk.FinishAsync(db);
        var busiest = leadUnits[0];
        return Cast.Of(leaders[busiest].Id, busiest.Id, tracker.Id, office.Id, chairman.Id, chairman.UnitId, leaders.ToDictionary(l => l.Key.Id, l => l.Value.Id));
    }

    /// <summary>How many tasks a directive document hands down: mostly one to three, now and then up to twelve.</summary>
    private static int TasksOfDocument(Random random) => random.Next(100) switch
    {
        < 40 => 1,
        < 65 => 2,
        < 80 => 3,
        _ => random.Next(4, 13),
    };

    private static async Task SaveAsync(PortalDbContext db, BulkLoader bulk)
    {
        if (BulkLoader.Supports(db.Database)) await bulk.SaveAsync(db);
        else
        {
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
    }

    private static async Task<(double Median, double P95, double PeakMb)> TimeAsync(int runs, Func<Task> work)
    {
        var single = runs == 0;
        if (single) runs = 1;
        else await work(); // warm-up
        var times = new List<double>();
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                try { await Task.Delay(5, sampling.Token); } catch (OperationCanceledException) { }
            }
        });
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        await sampling.CancelAsync();
        await sampler;
        times.Sort();
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        return (times[times.Count / 2], p95, peak / 1024.0 / 1024.0);
    }

    private static string Header() =>
        "# Benchmarks\n\nRun `./bench.sh` (Release build; SQLite, then a throw-away PostgreSQL, then navigation in Chromium on it, then 200 desks in Chromium). Each line: "
        + "a warm-up, then repeated runs; median, p95 and the peak managed memory seen while the runs went on. The budgets are those of "
        + "issue 7 (2-core machine, 1,000,000 tasks, 100,000 people, 300 units); the data set is described in the notes at the end.\n";

    private static string Markdown(DataSize size, DatabaseProvider provider, IReadOnlyList<BenchResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine($"## {provider}: {size.Tasks:N0} tasks, {size.People:N0} people, {size.Units} units");
        text.AppendLine();
        text.AppendLine($"Measured {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}.");
        text.AppendLine();
        text.AppendLine("| what | budget | median | p95 | peak managed memory | result |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            // A measurement without a budget is information; the start-up runs in another process, whose memory is not sampled.
            var result = r.Budget.StartsWith('—') ? "—" : r.Pass ? "PASS" : "FAIL";
            var memory = r.PeakManagedMb > 0 ? string.Create(CultureInfo.InvariantCulture, $"{r.PeakManagedMb:0} MB") : "—";
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.What} | {r.Budget} | {r.MedianMs:0.0} ms | {r.P95Ms:0.0} ms | {memory} | {result} |"));
        }
        return text.ToString();
    }

    private static int? Option(string[] args, string name) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value && int.TryParse(value, out var n) ? n : null;

    private sealed class BenchFactory(Func<PortalDbContext> create) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => create();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
