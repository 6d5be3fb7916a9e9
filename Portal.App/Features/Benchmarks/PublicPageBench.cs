using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Questions;

namespace Portal.App.Features.Benchmarks;

/// <summary>
/// The public answers page under load (issue 15: 100,000 published answers, anonymous, p95 ≤ 50 ms and ≥ 300 requests/s on 2
/// cores): the published answers are added to the bench database through the question's own transitions, the application is
/// started as its own process (Production settings), and concurrent anonymous readers fetch the list's pages and questions'
/// pages for a while; each request's time is measured from the client, and the throughput is what they were served.
/// </summary>
public static class PublicPageBench
{
    public sealed record Result(double Median, double P95, double RequestsPerSecond, int Answers);

    public static async Task<Result> MeasureAsync(IDbContextFactory<PortalDbContext> factory, DatabaseProvider provider, string connection, int answers, TimeSpan duration,
                                                  DateTimeOffset now, CancellationToken ct = default)
    {
        var codes = await EnsureAnswersAsync(factory, answers, now, ct);
        var app = typeof(PublicPageBench).Assembly.Location;
        var folder = Directory.CreateTempSubdirectory("portal-public-").FullName;
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
        start.Environment["Scheduler__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // One machine plays every reader: the per-address limit would stop it, which is the limit's job, not what is measured.
        start.Environment["Questions__PublicRequestsPerMinute"] = "1000000";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the application.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            var waited = Stopwatch.StartNew();
            while (true)
            {
                if (process.HasExited) throw new InvalidOperationException($"The application stopped while starting:\n{output}");
                if (waited.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException($"The application did not serve /hoi-dap within 2 minutes:\n{output}");
                try
                {
                    using var response = await http.GetAsync("/hoi-dap", ct);
                    if (response.IsSuccessStatusCode) break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet.
                }
                await Task.Delay(50, ct);
            }
            // The pages a reader opens: the list's first pages, and questions' own pages.
            var urls = Enumerable.Range(1, 10).Select(p => p == 1 ? "/hoi-dap" : $"/hoi-dap?page={p}")
                .Concat(codes.Select(c => $"/hoi-dap/{c}")).ToList();
            foreach (var url in urls) (await http.GetAsync(url, ct)).Dispose();

            var times = new List<double>();
            var next = 0;
            var clock = Stopwatch.StartNew();
            async Task ReadAsync()
            {
                var mine = new List<double>();
                while (clock.Elapsed < duration)
                {
                    var url = urls[Interlocked.Increment(ref next) % urls.Count];
                    var watch = Stopwatch.StartNew();
                    using var response = await http.GetAsync(url, ct);
                    await response.Content.ReadAsByteArrayAsync(ct);
                    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}.");
                    mine.Add(watch.Elapsed.TotalMilliseconds);
                }
                lock (times) times.AddRange(mine);
            }
            await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(ReadAsync, ct)));
            var elapsed = clock.Elapsed.TotalSeconds;
            times.Sort();
            return new Result(times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)], times.Count / elapsed, answers);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Makes sure the database holds this many published answers (made once; a reused database keeps them); returns some codes.</summary>
    private static async Task<IReadOnlyList<string>> EnsureAnswersAsync(IDbContextFactory<PortalDbContext> factory, int answers, DateTimeOffset now, CancellationToken ct)
    {
        int have, province, person;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            have = await db.CitizenQuestions.CountAsync(q => q.IsPublic, ct);
            province = await db.Units.Where(u => u.ParentId == null).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync(ct);
            person = await db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(ct);
        }
        var random = new Random(answers);
        string[] topics = ["cấp giấy phép xây dựng", "đăng ký hộ kinh doanh", "hỗ trợ học phí", "bồi thường giải phóng mặt bằng", "cấp sổ đỏ", "bảo hiểm xã hội", "đất nông nghiệp"];
        for (var made = have; made < answers;)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var batch = Math.Min(2_000, answers - made);
            for (var i = 0; i < batch; i++, made++)
            {
                var topic = topics[random.Next(topics.Length)];
                var at = now.AddMinutes(-(answers - made) * 7);
                var code = RandomCode(random);
                var question = new CitizenQuestion(province, code, QuestionChannel.Editor, null, null, person,
                    new QuestionInput($"Người hỏi {made}", null, null, null, $"Hỏi về {topic} (số {made})",
                                      $"Xin hỏi thủ tục {topic} cần những giấy tờ gì và nộp ở đâu? Câu hỏi số {made}.", null), at);
                question.Accept(person, at);
                question.Route(person, person, null, null, at);
                question.MarkForwarded(person, at);
                question.Publish($"Về {topic}: hồ sơ gồm đơn đề nghị theo mẫu và các giấy tờ liên quan, nộp tại Trung tâm Phục vụ hành chính công tỉnh.",
                                 "Sở Tư pháp", VietnamTime.DateOf(at), person, at);
                db.CitizenQuestions.Add(question);
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
        }
        await using var read = await factory.CreateDbContextAsync(ct);
        return await read.CitizenQuestions.Where(q => q.IsPublic).OrderByDescending(q => q.Id).Select(q => q.TrackingCode).Take(200).ToListAsync(ct);
    }

    private static string RandomCode(Random random) =>
        string.Create(CitizenQuestion.TrackingCodeLength, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = CitizenQuestion.TrackingAlphabet[r.Next(CitizenQuestion.TrackingAlphabet.Length)];
        });
}
