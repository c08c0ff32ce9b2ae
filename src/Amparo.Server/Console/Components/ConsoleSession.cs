using Amparo.Server.Auth;
using Microsoft.AspNetCore.Components.Authorization;

namespace Amparo.Server.Console.Components;

/// <summary>The signed-in user of a console circuit and what she may see.</summary>
public sealed class ConsoleSession(AuthenticationStateProvider authentication, UserScopeResolver scopes, IHttpContextAccessor http)
{
    private UserScope? _scope;

    /// <summary>Where the console is used from, for the audit log (the address of the circuit's connection).</summary>
    public string? RemoteAddress { get; } = http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public async Task<UserScope> ScopeAsync(CancellationToken cancellationToken)
    {
        if (_scope is null)
        {
            var state = await authentication.GetAuthenticationStateAsync();
            _scope = await scopes.ResolveAsync(state.User, cancellationToken);
        }

        return _scope;
    }
}
