using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Portal.App.Features.Questions;

/// <summary>
/// The public API's sign-in: the <c>X-Api-Key</c> header checked against the stored hashes (<see cref="ApiKeyService"/>). A missing,
/// unknown or revoked key is 401 and a key without the endpoint's scope 403, both as problem details.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
                                                ApiKeyService keys, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string ScopeClaim = "scope";
    public const string KeyIdClaim = "portal:apikey";
    public const string ProvinceClaim = "portal:apikey-province";
    public const string QuestionsPolicy = "api:questions";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0])) return AuthenticateResult.NoResult();
        if (await keys.AuthenticateAsync(values[0], Context.RequestAborted) is not { } found) return AuthenticateResult.Fail("Khóa API không hợp lệ hoặc đã bị thu hồi.");
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, $"apikey:{found.Client.KeyId}"),
            new(ClaimTypes.Name, found.Client.Name),
            new(KeyIdClaim, found.Client.KeyId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (found.Client.ProvinceId is { } province) claims.Add(new(ProvinceClaim, province.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        claims.AddRange(found.Scopes.Select(s => new Claim(ScopeClaim, s)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        var presented = Request.Headers.ContainsKey(Header);
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Cần khóa API",
                Detail = presented ? "Khóa API không hợp lệ hoặc đã bị thu hồi." : $"Yêu cầu cần tiêu đề {Header} chứa khóa API do quản trị hệ thống cấp.",
            },
        });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = StatusCodes.Status403Forbidden, Title = "Không có quyền", Detail = "Khóa API không có phạm vi cho thao tác này." },
        });
    }

    /// <summary>The system behind the signed-in key.</summary>
    public static ApiClient ClientOf(ClaimsPrincipal principal) => new(
        int.Parse(principal.FindFirstValue(KeyIdClaim)!, System.Globalization.CultureInfo.InvariantCulture),
        principal.FindFirstValue(ClaimTypes.Name) ?? "",
        int.TryParse(principal.FindFirstValue(ProvinceClaim), System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null);
}
