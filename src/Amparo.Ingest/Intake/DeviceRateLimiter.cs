using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Amparo.Ingest.Intake;

/// <summary>
/// Per-device and per-address limits over a minute's window, so one broken or hostile sender cannot crowd out the
/// rest. A frame that carries an alarm is never limited: a panic must get through whatever came before it.
/// </summary>
public sealed class DeviceRateLimiter(IOptions<DeviceRateOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _devices = PartitionedRateLimiter.Create<string, string>(device =>
        RateLimitPartition.GetFixedWindowLimiter(device, _ => Window(options.Value.FramesPerDeviceMinute)));

    private readonly PartitionedRateLimiter<string> _addresses = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => Window(options.Value.RequestsPerAddressMinute)));

    public bool TryFrame(string uniqueId)
    {
        using var lease = _devices.AttemptAcquire(uniqueId);
        return lease.IsAcquired;
    }

    public bool TryRequest(string address)
    {
        using var lease = _addresses.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _devices.Dispose();
        _addresses.Dispose();
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
    };
}
