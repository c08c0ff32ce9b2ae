using System.Globalization;
using Amparo.Domain.Devices;

namespace Amparo.Cli.Simulation;

/// <summary>One simulated device: its number in the run, its protocol and the id it logs in with.</summary>
public sealed record SimulatedDevice(int Index, DeviceProtocol Protocol, string UniqueId)
{
    /// <summary>
    /// The id the decoders expect, fixed by protocol and number so a later run reuses the devices it registered:
    /// 15-digit IMEIs for GT06 and Teltonika (and the phone app's id), 10 digits for H02 and watches.
    /// </summary>
    public static SimulatedDevice Create(int index, DeviceProtocol protocol, int numberInProtocol) => new(index, protocol, protocol switch
    {
        DeviceProtocol.Gt06 => "8690" + numberInProtocol.ToString("D11", CultureInfo.InvariantCulture),
        DeviceProtocol.Teltonika => "3590" + numberInProtocol.ToString("D11", CultureInfo.InvariantCulture),
        DeviceProtocol.H02 => "71" + numberInProtocol.ToString("D8", CultureInfo.InvariantCulture),
        DeviceProtocol.Watch => "69" + numberInProtocol.ToString("D8", CultureInfo.InvariantCulture),
        _ => "9790" + numberInProtocol.ToString("D11", CultureInfo.InvariantCulture),
    });

    /// <summary>The kind a device of this protocol is registered as.</summary>
    public DeviceKind Kind => Protocol switch
    {
        DeviceProtocol.H02 => DeviceKind.Bracelet,
        DeviceProtocol.Watch => DeviceKind.VictimTracker,
        DeviceProtocol.OsmAnd => DeviceKind.Phone,
        _ => DeviceKind.AggressorTracker,
    };

    /// <summary>Every device of the run, protocol by protocol, numbered from <paramref name="first"/> in each.</summary>
    public static List<SimulatedDevice> AllOf(IReadOnlyDictionary<DeviceProtocol, int> counts, int first = 0)
    {
        var devices = new List<SimulatedDevice>();
        foreach (var protocol in ProtocolMix.Protocols)
        {
            for (var n = 0; n < counts.GetValueOrDefault(protocol); n++)
            {
                devices.Add(Create(devices.Count, protocol, first + n));
            }
        }

        return devices;
    }
}
