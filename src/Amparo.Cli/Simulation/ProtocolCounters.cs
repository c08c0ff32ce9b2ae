namespace Amparo.Cli.Simulation;

/// <summary>What the devices of one protocol did, updated from all of them at once.</summary>
public sealed class ProtocolCounters
{
    private long _sent;
    private long _acknowledged;
    private long _reconnects;
    private long _errors;
    private long _connected;
    private long _everConnected;
    private string? _lastError;

    /// <summary>Fixes written to the server (or requested, for OsmAnd).</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Fixes the server acknowledged, which it does only once they are stored.</summary>
    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    public long Reconnects => Interlocked.Read(ref _reconnects);

    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Devices connected and logged in now.</summary>
    public long Connected => Interlocked.Read(ref _connected);

    /// <summary>Devices that connected and logged in at least once.</summary>
    public long EverConnected => Interlocked.Read(ref _everConnected);

    public string? LastError => Volatile.Read(ref _lastError);

    public void FixSent() => Interlocked.Increment(ref _sent);

    public void FixAcknowledged() => Interlocked.Increment(ref _acknowledged);

    public void Up(bool first)
    {
        Interlocked.Increment(ref _connected);
        Interlocked.Increment(ref first ? ref _everConnected : ref _reconnects);
    }

    public void Down() => Interlocked.Decrement(ref _connected);

    public void Error(string message)
    {
        Interlocked.Increment(ref _errors);
        Volatile.Write(ref _lastError, message);
    }
}
