using Alliance.Gateway.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Gateway.Identity;

/// <summary>
/// The authenticator-app provider, with one change from Identity's own: a code's time step must be
/// later than the last one accepted for the user, so an observed code cannot be replayed. The step is
/// recorded by one conditional update, not through the tracked user: two sign-ins of one account at
/// once then each either record a later step or fail, and neither leaves a stale user behind whose
/// save (the request's audit entry saves whatever is tracked) would fail as a 500.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock, GatewayDbContext db) : IUserTwoFactorTokenProvider<GatewayUser>
{
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<GatewayUser> manager, GatewayUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public Task<string> GenerateAsync(string purpose, UserManager<GatewayUser> manager, GatewayUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<GatewayUser> manager, GatewayUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        var step = Totp.MatchingStep(Totp.DecodeKey(key), token.Replace(" ", "").Replace("-", ""), clock.GetUtcNow());
        if (step is null || step <= user.LastTotpStep)
        {
            return false;
        }

        var later = step.Value;
        var recorded = await db.Users
            .Where(u => u.Id == user.Id && u.LastTotpStep < later)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.LastTotpStep, later));

        // The row's version (xmin) has moved, here or in the other sign-in: the user this request holds
        // is read again, so its next save (enabling the factor, counting a failure) is not refused as stale.
        var held = db.Entry(user);
        if (held.State == EntityState.Detached)
        {
            user.LastTotpStep = Math.Max(user.LastTotpStep, later);
        }
        else
        {
            await held.ReloadAsync();
        }

        return recorded == 1;
    }
}
