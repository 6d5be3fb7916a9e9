using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Portal.App.Components.Account;

namespace Portal.Tests.Features;

public sealed class SessionLifetimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static ClaimsPrincipal SignedInAt(DateTimeOffset at) => new(new ClaimsIdentity([SessionLifetime.SignedInAt(at)], "cookie"));

    [Fact]
    public void A_sign_in_is_over_at_its_maximum_age_however_active_and_a_principal_without_the_mark_is_over()
    {
        var max = TimeSpan.FromHours(12);

        Assert.False(SessionLifetime.IsOver(SignedInAt(Now.AddHours(-11.9)), Now, max));
        Assert.True(SessionLifetime.IsOver(SignedInAt(Now.AddHours(-12.1)), Now, max));
        Assert.True(SessionLifetime.IsOver(new ClaimsPrincipal(new ClaimsIdentity([], "cookie")), Now, max));
    }

    [Fact]
    public async Task Refreshing_the_principal_at_a_stamp_validation_keeps_the_original_sign_in_moment()
    {
        var original = SignedInAt(Now.AddHours(-5));
        var regenerated = SignedInAt(Now);
        var context = new SecurityStampRefreshingPrincipalContext { CurrentPrincipal = original, NewPrincipal = regenerated };

        await SessionLifetime.KeepSignInMoment(context);

        var moment = Assert.Single(regenerated.FindAll(SessionLifetime.SignedInAtClaim));
        Assert.Equal(original.FindFirst(SessionLifetime.SignedInAtClaim)!.Value, moment.Value);
        Assert.False(SessionLifetime.IsOver(regenerated, Now, TimeSpan.FromHours(12)));
        Assert.True(SessionLifetime.IsOver(regenerated, Now.AddHours(8), TimeSpan.FromHours(12)));
    }
}
