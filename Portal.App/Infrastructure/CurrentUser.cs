using Microsoft.AspNetCore.Components.Authorization;
using Portal.App.Components.Account;
using Portal.App.Features.Acting;

namespace Portal.App.Infrastructure;

/// <summary>
/// The actor of the circuit or request, restricted like the endpoints are while the password must be changed, and — while
/// the person stands in for an absent leader (quyền, phụ trách) — with that leader's roles and positions on tasks.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, PasswordPolicy passwords, ActingService acting)
{
    public async Task<Actor> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var actor = Actor.From(state.User, restricted: passwords.ReasonToChange(state.User) is not null);
        return await acting.WithStandInAsync(actor);
    }
}
