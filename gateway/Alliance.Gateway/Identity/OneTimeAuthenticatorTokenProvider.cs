using Microsoft.AspNetCore.Identity;

namespace Alliance.Gateway.Identity;

/// <summary>
/// The authenticator-app provider, with one change from Identity's own: a code's time step must be
/// later than the last one accepted for the user, so an observed code cannot be replayed.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<GatewayUser>
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

        user.LastTotpStep = step.Value;
        return (await manager.UpdateAsync(user)).Succeeded;
    }
}
