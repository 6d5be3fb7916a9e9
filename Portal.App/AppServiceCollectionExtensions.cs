using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor;
using MudBlazor.Services;
using Portal.App.Components.Account;
using Portal.App.Features.Admin;
using Portal.App.Features.Audit;
using Portal.App.Features.Complaints;
using Portal.App.Features.Directives;
using Portal.App.Features.Files;
using Portal.App.Features.Jobs;
using Portal.App.Features.Notifications;
using Portal.App.Features.Operations;
using Portal.App.Features.Press;
using Portal.App.Features.Programme;
using Portal.App.Features.Questions;
using Portal.App.Features.Reports;
using Portal.App.Features.Seeding;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Security;

namespace Portal.App;

public static class AppServiceCollectionExtensions
{
    public static WebApplicationBuilder AddPortalApp(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // The build output (bin/) serves the framework's and the libraries' static files from their packages, as in
        // development, whatever the environment; a published folder has them in wwwroot and no manifest, so this does nothing there.
        builder.WebHost.UseStaticWebAssets();
        // A circuit message carries what a field sends on change: room for the longest field (8,000 Vietnamese letters of a
        // report) and no more; every field stops typing at its limit before that.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = 64 * 1024);
        // Blazor would otherwise HTML-encode every Vietnamese letter that comes from C#.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            o.SnackbarConfiguration.VisibleStateDuration = 5000;
        });

        services.AddSingleton(TimeProvider.System);
        services.AddPortalData(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "App_Data"));
        // Cookies and antiforgery tokens stay valid across restarts and servers: their keys are kept in the database.
        services.AddDataProtection().SetApplicationName("Portal").PersistKeysToDbContext<PortalDbContext>();
        services.AddPortalHealthChecks();
        services.AddPortalTelemetry(builder.Configuration);

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        // The public API signs in systems, not people: by the X-Api-Key header, only on the endpoints whose policy names it.
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        var development = builder.Environment.IsDevelopment();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var security = SecurityOptions.From(builder.Configuration);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "Portal.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Development runs on plain http://localhost:5000; everywhere else the cookie never leaves over plain HTTP.
            o.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            // Idle sessions end (sliding), and every session ends at its maximum age whatever its activity.
            o.ExpireTimeSpan = security.SessionIdle;
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = context => SessionLifetime.ValidateAsync(context, security.SessionMax);
        });
        // Behind the province's reverse proxy (TLS ends there) the request's scheme and address come from its headers, so the
        // HTTPS-only cookie, HSTS and the audit's source address see the browser's side. Proxies other than this host:
        // Security:KnownProxies (addresses, comma-separated).
        services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            foreach (var proxy in security.Proxies.ToList()) o.KnownProxies.Add(proxy);
        });
        // A password change, reset, lock, role change or sign-out renews the account's security stamp; every session
        // compares its stamp with the account's at this interval (cookie on each request, open circuits on a timer).
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = security.SessionRevalidation;
            o.OnRefreshingPrincipal = SessionLifetime.KeepSignInMoment;
        });
        services.TryAddScoped<ISecurityStampValidator, SecurityStampValidator<PortalUser>>();
        services.AddIdentityCore<PortalUser>(o =>
            {
                // SPEC §10: at least 8 characters mixing lower case, upper case, digits and symbols; lockout.
                o.Password.RequiredLength = 8;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireDigit = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddPasswordValidator<ReusedPasswordValidator>()
            .AddDefaultTokenProviders();
        services.AddAuthorization(o =>
        {
            // Every page and endpoint but sign-in requires an authenticated user whose password needs no change first.
            o.DefaultPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PasswordCurrentRequirement()).Build();
            o.FallbackPolicy = o.DefaultPolicy;
            // The change-password page and sign-out: reachable with a password still to change.
            o.AddPolicy(PasswordCurrentRequirement.SignedInPolicy, p => p.RequireAuthenticatedUser());
            // One policy per action of the permission table; pages name theirs with [Authorize(Policy = nameof(PortalAction.X))].
            foreach (var action in Enum.GetValues<PortalAction>())
                o.AddPolicy(action.ToString(), p => p.RequireAuthenticatedUser().AddRequirements(new PasswordCurrentRequirement())
                    .RequireRole(Permissions.RolesFor(action)));
        });
        services.AddAuthorizationBuilder().AddPolicy(ApiKeyAuthenticationHandler.QuestionsPolicy, p => p
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser().RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, ApiKey.QuestionsScope));
        services.AddSingleton<IAuthorizationHandler, PasswordCurrentHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, PasswordChangeResultHandler>();

        services.AddPortalRequestLimits(security);
        services.AddHttpContextAccessor();
        services.AddScoped<PasswordChanger>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddPortalInfrastructure();
        services.AddTaskFeatures();
        services.AddDirectiveFeatures();
        services.AddFileFeatures();
        services.AddNotificationFeatures();
        services.AddReportFeatures();
        services.AddProgrammeFeatures();
        services.AddPressFeatures();
        services.AddQuestionFeatures();
        services.AddComplaintFeatures();
        services.AddQuestionApiDocument();
        services.AddAdminFeatures();
        services.AddPortalScheduler(builder.Configuration);
        services.AddScoped<DemoSeeder>();
        return builder;
    }

    public static WebApplication UsePortalApp(this WebApplication app)
    {
        // Endpoints answer problem details (ProblemExceptionHandler), pages the error page; in every environment, so a probe
        // never reads the text of an exception.
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // The "not found" page is a page to navigate to: a refused or failed POST (the hub, a form) keeps its own status
        // instead of being re-executed as a form post to that page.
        app.Use((context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                pages.Enabled = false;
            return next(context);
        });
        app.UseAuthentication();
        app.UseMiddleware<Portal.App.Features.Audit.AuditActorMiddleware>();
        app.UseMiddleware<RequestLogScopeMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthEndpoints();
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        Portal.App.Components.Layout.ThemeStylesheet.Map(app);
        app.MapFileEndpoints();
        app.MapImportEndpoints();
        app.MapReportEndpoints();
        app.MapComplaintEndpoints();
        app.MapAuditEndpoints();
        app.MapQuestionApi();
        app.MapPublicPages();
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous().RequireRateLimiting(PublicPages.RateLimitPolicy);
        return app;
    }
}
