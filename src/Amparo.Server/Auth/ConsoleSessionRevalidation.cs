using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Auth;

/// <summary>
/// A console left open keeps its circuit, not its cookie: every few seconds the circuit's user is checked against her
/// account, so a sign-out everywhere, a lock or new roles send that console back to the sign-in page.
/// </summary>
public sealed class ConsoleSessionRevalidation(ILoggerFactory loggers, SessionCheck sessions, IOptions<SecurityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(options.Value.RevalidateSeconds);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        sessions.IsCurrentAsync((authenticationState ?? throw new ArgumentNullException(nameof(authenticationState))).User);
}
