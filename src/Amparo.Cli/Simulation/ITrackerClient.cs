namespace Amparo.Cli.Simulation;

/// <summary>A device's side of one protocol: connect and log in, then send fixes.</summary>
public interface ITrackerClient : IAsyncDisposable
{
    /// <summary>Whether a send that returns means the server acknowledged the fix (which it does only once it is stored).</summary>
    bool Acknowledges { get; }

    /// <summary>(Re)connects and logs in; throws when the server refuses or is not there.</summary>
    Task ConnectAsync(CancellationToken cancellationToken);

    /// <summary>Sends a fix and, where the protocol has one, waits for its acknowledgement; throws on any failure.</summary>
    Task SendAsync(DeviceFix fix, CancellationToken cancellationToken);

    /// <summary>Drops the connection after a failure, so the next <see cref="ConnectAsync"/> starts afresh.</summary>
    ValueTask CloseAsync();
}
