using System.Text.Json;
using Amparo.Data.App;
using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;

namespace Amparo.Server.App;

/// <summary>The app's alerts and positions as messages of her app's device, for the same sink every tracker's messages go to.</summary>
public static class AppReports
{
    public static DecodedMessage Position(string uniqueId, DateTime at, double latitude, double longitude, double? accuracy, double? battery) =>
        DecodedMessage.WithPosition(new DeviceReport(uniqueId, at, Valid: true, latitude, longitude, AccuracyMetres: accuracy, BatteryPercent: battery));

    /// <summary>Her stored alert as an SOS of her app's device; what she sent is kept as the alarm's frame (its evidence).</summary>
    public static DecodedMessage Sos(AppCaller caller, AppAlert alert)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(alert);
        var evidence = JsonSerializer.Serialize(new
        {
            alertId = alert.Id, trigger = alert.Trigger.ToString(), at = alert.At, latitude = alert.Latitude, longitude = alert.Longitude,
            accuracyMetres = alert.AccuracyMetres, batteryPercent = alert.BatteryPercent,
        });
        return Sos(AppDevices.UniqueIdOf(caller.InstallationId), alert.At, alert.Latitude, alert.Longitude, alert.AccuracyMetres, alert.BatteryPercent, evidence);
    }

    /// <summary>Her panic as an SOS of her device, with the fix she sent or none; <paramref name="evidence"/> is kept as the alarm's frame.</summary>
    public static DecodedMessage Sos(string uniqueId, DateTime at, double? latitude, double? longitude, double? accuracy, double? battery, string evidence)
    {
        Dictionary<string, object> attributes = new(StringComparer.Ordinal) { ["alarm"] = "sos" };
        if (latitude is { } lat && longitude is { } lon)
        {
            var report = new DeviceReport(uniqueId, at, Valid: true, lat, lon, AccuracyMetres: accuracy, BatteryPercent: battery, Alarm: "sos", Attributes: attributes);
            return DecodedMessage.WithPosition(report) with { RawFrame = evidence };
        }

        if (battery is { } level)
        {
            attributes["batteryLevel"] = level;
        }

        return new DecodedMessage(MessageKind.NoPosition, uniqueId, null, attributes) { RawFrame = evidence };
    }
}
