using Amparo.Domain.Devices;
using Amparo.Domain.People;

namespace Amparo.Domain.Stock;

/// <summary>
/// Which devices a party wears: the aggressor a tracker and a bracelet, the victim a tracker or a phone; at most one
/// device of each kind at a time, and a swap replaces a device by one of the same kind (a victim's tracker by a phone
/// or the other way round).
/// </summary>
public static class PartyDevices
{
    public static bool Fits(PartyRole role, DeviceKind kind) => role switch
    {
        PartyRole.Aggressor => kind is DeviceKind.AggressorTracker or DeviceKind.Bracelet,
        PartyRole.Victim => kind is DeviceKind.VictimTracker or DeviceKind.Phone,
        _ => false,
    };

    public static bool CanReplace(PartyRole role, DeviceKind removed, DeviceKind replacement) =>
        Fits(role, removed) && Fits(role, replacement) && (removed == replacement || role == PartyRole.Victim);

    /// <summary>The device kinds that would be worn twice if <paramref name="installing"/> joined <paramref name="worn"/>.</summary>
    public static IReadOnlyList<DeviceKind> Doubled(IEnumerable<DeviceKind> worn, IEnumerable<DeviceKind> installing)
    {
        ArgumentNullException.ThrowIfNull(worn);
        ArgumentNullException.ThrowIfNull(installing);
        return worn.Concat(installing).Select(Slot).GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
    }

    /// <summary>A victim carries one locating device: a tracker or a phone fill the same slot.</summary>
    private static DeviceKind Slot(DeviceKind kind) => kind == DeviceKind.Phone ? DeviceKind.VictimTracker : kind;
}
