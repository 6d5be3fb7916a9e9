using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Data;

namespace Portal.App.Components.Account;

internal static class AccountEndpoints
{
    public static IEndpointConventionBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/Account");
        group.MapPost("/Logout", async (HttpContext http, [FromServices] IAntiforgery antiforgery, [FromServices] SignInManager<PortalUser> signInManager) =>
        {
            // The handler reads no form, so the token is checked here: a post from another site cannot sign anybody out.
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest("Yêu cầu không hợp lệ (thiếu mã chống giả mạo).");
            // Signing out ends every session of the account, not only this browser's: the renewed stamp fails the others at
            // their next validation.
            if (await signInManager.UserManager.GetUserAsync(http.User) is { } user) await signInManager.UserManager.UpdateSecurityStampAsync(user);
            await signInManager.SignOutAsync();
            return Results.LocalRedirect("~/Account/Login");
        }).RequireAuthorization(PasswordCurrentRequirement.SignedInPolicy);
        return group;
    }
}
