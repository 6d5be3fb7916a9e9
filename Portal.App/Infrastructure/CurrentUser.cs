using Microsoft.AspNetCore.Components.Authorization;
using Portal.App.Components.Account;

namespace Portal.App.Infrastructure;

/// <summary>The actor of the circuit or request, restricted like the endpoints are while the password must be changed.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, PasswordPolicy passwords)
{
    public async Task<Actor> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return Actor.From(state.User, restricted: passwords.ReasonToChange(state.User) is not null);
    }
}
