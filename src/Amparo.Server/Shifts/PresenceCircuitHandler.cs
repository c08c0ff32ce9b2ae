using Amparo.Server.Console.Components;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Amparo.Server.Shifts;

/// <summary>Marks a console user present while her browser is connected.</summary>
public sealed class PresenceCircuitHandler(OperatorPresence presence, ConsoleSession session) : CircuitHandler
{
    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        var user = await session.ScopeAsync(cancellationToken);
        if (!string.IsNullOrEmpty(user.UserName))
        {
            presence.Up(circuit.Id, user);
        }
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        presence.Down(circuit.Id);
        return Task.CompletedTask;
    }
}
