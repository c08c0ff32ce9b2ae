using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Amparo.Ingest.Intake;

/// <summary>
/// Per-device and per-address limits over a minute's window, so one broken or hostile sender cannot crowd out the
/// rest. A frame that carries an alarm is never limited: a panic must get through whatever came before it.
/// </summary>
public sealed class DeviceRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _devices;
    private readonly PartitionedRateLimiter<string> _addresses;

    public DeviceRateLimiter(IOptions<DeviceRateOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perDevice = Window(options.Value.FramesPerDeviceMinute);
        var perAddress = Window(options.Value.RequestsPerAddressMinute);
        _devices = PartitionedRateLimiter.Create<string, string>(device => RateLimitPartition.GetFixedWindowLimiter(device, _ => perDevice));
        _addresses = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => perAddress));
    }

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

    // The partitioned limiter replenishes its windows itself: no timer per device.
    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = false,
    };
}
