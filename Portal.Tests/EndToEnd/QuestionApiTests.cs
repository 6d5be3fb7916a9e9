using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Questions;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.People;
using Portal.Domain.Units;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The public API and the public answers page probed with plain HTTP from outside, as the province's public portal and any
/// citizen would (issue 15): a key per system in X-Api-Key (missing, wrong or revoked: 401), idempotent intake by externalId,
/// problem details naming each wrong field, a limit per key (429), the OpenAPI document, and /hoi-dap served without a
/// circuit or a cookie, cached, with no contact data. The app runs on Kestrel with an empty database.
/// </summary>
public sealed class QuestionApiTests : IAsyncLifetime
{
    private const int PerMinute = 8;
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"portal-api-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _http = null!;
    private int _provinceId;
    private int _personId;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:Portal", $"Data Source={_databasePath}");
            b.UseSetting("Seed:Demo", "false");
            b.UseSetting("Scheduler:Enabled", "false");
            b.UseSetting("Questions:ApiRequestsPerMinute", PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
        var province = new Unit("UBND tỉnh Thử", "TINH", UnitKind.ProvincialCommittee, null);
        db.Units.Add(province);
        await db.SaveChangesAsync(Ct);
        var person = new Person("Trần Văn Chuyên Viên", province.Id, "Chuyên viên");
        db.People.Add(person);
        await db.SaveChangesAsync(Ct);
        (_provinceId, _personId) = (province.Id, person.Id);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    private async Task<CreatedApiKey> KeyAsync(string name = "Cổng thông tin điện tử")
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync("kiểm thử", name, [ApiKey.QuestionsScope], null, Ct);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? key, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        if (body is not null) request.Content = JsonContent.Create(body);
        return request;
    }

    private static object Question(string externalId) => new
    {
        externalId,
        askerName = "Nguyễn Thị Hỏi",
        askerEmail = "hoi@example.vn",
        askerPhone = "0914 555 666",
        askerAddress = "5 Trần Hưng Đạo",
        title = "Thủ tục đăng ký kinh doanh hộ cá thể",
        content = "Xin hỏi đăng ký hộ kinh doanh cần giấy tờ gì?",
        field = "KinhTe",
    };

    [Fact]
    public async Task Without_a_valid_key_every_call_is_401_as_problem_details_and_a_revoked_key_stops_working()
    {
        var key = await KeyAsync();
        foreach (var presented in new string?[] { null, "", "pk_sai", key.Key + "x", new string('k', 5000) })
        {
            using var response = await _http.SendAsync(Request(HttpMethod.Get, "/api/v1/answers", presented), Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(401, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetInt32());
        }
        using (var ok = await _http.SendAsync(Request(HttpMethod.Get, "/api/v1/answers", key.Key), Ct))
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using (var post = await _http.SendAsync(Request(HttpMethod.Post, "/api/v1/questions", null, Question("no-key")), Ct))
            Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);

        await using (var db = await _factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct))
        {
            Assert.Equal(0, await db.CitizenQuestions.CountAsync(Ct));
            var row = await db.ApiKeys.SingleAsync(k => k.Id == key.Id, Ct);
            row.RevokedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync(Ct);
        }
        using var revoked = await _http.SendAsync(Request(HttpMethod.Get, "/api/v1/answers", key.Key), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
    }

    [Fact]
    public async Task A_question_is_created_once_per_external_id_and_a_wrong_one_is_400_naming_each_field()
    {
        var key = (await KeyAsync()).Key;
        using var created = await _http.SendAsync(Request(HttpMethod.Post, "/api/v1/questions", key, Question("portal-100")), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var made = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var code = made.GetProperty("trackingCode").GetString()!;
        Assert.Equal($"/api/v1/questions/{code}", created.Headers.Location?.OriginalString);

        using var again = await _http.SendAsync(Request(HttpMethod.Post, "/api/v1/questions", key, Question("portal-100")), Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var same = await again.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((made.GetProperty("id").GetInt32(), code), (same.GetProperty("id").GetInt32(), same.GetProperty("trackingCode").GetString()));

        using var bad = await _http.SendAsync(Request(HttpMethod.Post, "/api/v1/questions", key,
            new { externalId = "", askerName = " ", askerEmail = "khong-dung", askerPhone = "abc", title = "", content = new string('x', 9000), field = "Thể thao" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal(["askerEmail", "askerName", "askerPhone", "content", "externalId", "field", "title"],
                     errors.EnumerateObject().Select(p => p.Name).Order());

        using var broken = new HttpRequestMessage(HttpMethod.Post, "/api/v1/questions") { Content = new StringContent("{\"externalId\": ", Encoding.UTF8, "application/json") };
        broken.Headers.Add("X-Api-Key", key);
        using var brokenResponse = await _http.SendAsync(broken, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, brokenResponse.StatusCode);

        using var state = await _http.SendAsync(Request(HttpMethod.Get, $"/api/v1/questions/{code}", key), Ct);
        var body = await state.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("received", "Đã tiếp nhận"), (body.GetProperty("state").GetString(), body.GetProperty("stateLabel").GetString()));
        Assert.DoesNotContain("hoi@example.vn", body.GetRawText());
        using var unknown = await _http.SendAsync(Request(HttpMethod.Get, "/api/v1/questions/ZZZZZZZZZZ", key), Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal(1, await db.CitizenQuestions.CountAsync(Ct));
    }

    [Fact]
    public async Task A_key_over_its_limit_gets_429_while_another_key_is_still_served()
    {
        var busy = (await KeyAsync("Hệ thống gọi nhiều")).Key;
        var other = (await KeyAsync("Hệ thống khác")).Key;
        for (var i = 0; i < PerMinute; i++)
        {
            using var ok = await _http.SendAsync(Request(HttpMethod.Get, "/api/v1/answers", busy), Ct);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var limited = await _http.SendAsync(Request(HttpMethod.Get, "/api/v1/answers", busy), Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(limited.Headers.RetryAfter is not null);
        using var served = await _http.SendAsync(Request(HttpMethod.Get, "/api/v1/answers", other), Ct);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_three_calls_and_the_key_and_nothing_internal()
    {
        using var response = await _http.GetAsync("/api/v1/openapi.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["/api/v1/answers", "/api/v1/questions", "/api/v1/questions/{trackingCode}"], paths);
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("QuestionRequest", out _));
    }

    [Fact]
    public async Task The_public_page_is_static_without_a_cookie_cached_and_shows_a_published_answer_without_contact_data()
    {
        var key = (await KeyAsync()).Key;
        using (var created = await _http.SendAsync(Request(HttpMethod.Post, "/api/v1/questions", key, Question("portal-pub")), Ct))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        string code;
        await using (var db = await _factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct))
        {
            // Through the domain's own transitions; the services' way is proved in QuestionServiceTests.
            var question = await db.CitizenQuestions.Include(q => q.Answers).SingleAsync(Ct);
            var now = DateTimeOffset.UtcNow;
            question.Accept(_personId, now);
            question.Route(_personId, _personId, null, null, now);
            question.MarkForwarded(_personId, now);
            question.Publish("Hồ sơ gồm giấy đề nghị đăng ký hộ kinh doanh và bản sao giấy tờ pháp lý.", "Sở Tài chính", VietnamTime.DateOf(now), _personId, now);
            await db.SaveChangesAsync(Ct);
            code = question.TrackingCode;
        }
        await using (var scope = _factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>().EvictByTagAsync(PublicPages.CachePolicy, Ct);

        using var list = await _http.GetAsync("/hoi-dap?q=ho%20kinh%20doanh", Ct);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.False(list.Headers.Contains("Set-Cookie"));
        var html = await list.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Thủ tục đăng ký kinh doanh hộ cá thể", html);
        Assert.Contains("Sở Tài chính", html);
        Assert.DoesNotContain("blazor.web.js", html);
        foreach (var contact in new[] { "hoi@example.vn", "0914 555 666", "5 Trần Hưng Đạo", "Nguyễn Thị Hỏi", "Trần Văn Chuyên Viên" }) Assert.DoesNotContain(contact, html);

        using var page = await _http.GetAsync($"/hoi-dap/{code}", Ct);
        var detail = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Hồ sơ gồm giấy đề nghị đăng ký hộ kinh doanh", detail);
        Assert.Contains("Đã trả lời", detail);
        using var again = await _http.GetAsync($"/hoi-dap/{code}", Ct);
        Assert.True(again.Headers.Age is not null, "the second reading comes from the output cache");
        using var missing = await _http.GetAsync("/hoi-dap/ZZZZZZZZZZ", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        using var answers = await _http.SendAsync(Request(HttpMethod.Get, "/api/v1/answers?q=HO KINH DOANH&page=1", key), Ct);
        var json = await answers.Content.ReadAsStringAsync(Ct);
        var item = JsonDocument.Parse(json).RootElement.GetProperty("items").EnumerateArray().Single();
        Assert.Equal((code, "Sở Tài chính", 1), (item.GetProperty("trackingCode").GetString(), item.GetProperty("answeringUnit").GetString(), item.GetProperty("version").GetInt32()));
        foreach (var contact in new[] { "hoi@example.vn", "0914 555 666", "5 Trần Hưng Đạo", "Nguyễn Thị Hỏi" }) Assert.DoesNotContain(contact, json);
    }
}
