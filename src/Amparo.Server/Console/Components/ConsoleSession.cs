using Amparo.Server.Auth;
using Microsoft.AspNetCore.Components.Authorization;

namespace Amparo.Server.Console.Components;

/// <summary>The signed-in user of a console circuit and what she may see.</summary>
public sealed class ConsoleSession(AuthenticationStateProvider authentication, UserScopeResolver scopes)
{
    private UserScope? _scope;

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
