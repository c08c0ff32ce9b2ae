using Amparo.Data.App;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Domain.Devices;
using Amparo.Domain.People;
using Amparo.Domain.Stock;

namespace Amparo.Server.App;

/// <summary>
/// An installation's own device: a phone of protocol App carried by the victim on her case, so her app's positions
/// are her device's (the moving zone, her device gone silent) and her panic is that device's SOS.
/// </summary>
public static class AppDevices
{
    public static string UniqueIdOf(Guid installationId) => "app-" + installationId.ToString("N");

    /// <summary>
    /// Adds the device and its assignment to her. It has no report interval until she turns tracking mode on: a phone
    /// that reports only when she presses panic must not raise "her device is silent" after every alert.
    /// </summary>
    public static Device Add(AmparoDbContext db, Guid installationId, AppEnrolment enrolment, string deviceName, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(enrolment);
        var device = new Device
        {
            Id = Guid.CreateVersion7(), UniqueId = UniqueIdOf(installationId), Protocol = DeviceProtocol.App, Kind = DeviceKind.Phone,
            Label = "App: " + deviceName, Model = "Amparo app", CreatedAt = now,
            StockStatus = StockStatus.Installed,
        };
        db.Devices.Add(device);
        db.DeviceAssignments.Add(new DeviceAssignment
        {
            Id = Guid.CreateVersion7(), DeviceId = device.Id, CaseId = enrolment.CaseId, PersonId = enrolment.PersonId,
            Role = PartyRole.Victim, AssignedAt = now,
        });
        return device;
    }
}
