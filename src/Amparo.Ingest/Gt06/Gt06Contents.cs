using System.Globalization;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// What the readers found in one message: the fix (if any), altitude and attributes under the Traccar names the
/// corpus uses ("alarm", "power", "batteryLevel", "ignition", "odometer" …).
/// </summary>
internal sealed class Gt06Contents
{
    public Dictionary<string, object> Attributes { get; } = [];

    public Gt06Fix? Fix { get; set; }

    public double? Altitude { get; set; }

    public string? Alarm => Attributes.GetValueOrDefault(Keys.Alarm) as string;

    public void Set(string key, object value) => Attributes[key] = value;

    /// <summary>Keeps the more urgent of two alarms: an SOS in the status bits is not hidden by a vibration code.</summary>
    public void AddAlarm(string? alarm)
    {
        if (alarm is not null && (Alarm is not { } current || Gt06Alarms.Urgency(alarm) > Gt06Alarms.Urgency(current)))
        {
            Attributes[Keys.Alarm] = alarm;
        }
    }

    public void SetCell(int mcc, int mnc, long lac, long cellId) =>
        Attributes[Keys.Cell] = string.Create(CultureInfo.InvariantCulture, $"{mcc}/{mnc}/{lac}/{cellId}");

    /// <summary>Attribute names, as Traccar and the corpus spell them.</summary>
    public static class Keys
    {
        public const string Alarm = "alarm";
        public const string Archive = "archive";
        public const string Armed = "armed";
        public const string Battery = "battery";
        public const string BatteryLevel = "batteryLevel";
        public const string Blocked = "blocked";
        public const string Cell = "cell";
        public const string Charge = "charge";
        public const string Door = "door";
        public const string DriverUniqueId = "driverUniqueId";
        public const string Event = "event";
        public const string Fuel = "fuel";
        public const string Geofence = "geofence";
        public const string Hours = "hours";
        public const string Humidity = "humidity";
        public const string Iccid = "iccid";
        public const string Ignition = "ignition";
        public const string Input = "input";
        public const string Output = "output";
        public const string Odometer = "odometer";
        public const string Power = "power";
        public const string Result = "result";
        public const string Rssi = "rssi";
        public const string Satellites = "sat";
        public const string Status = "status";
        public const string Temperature1 = "temp1";
        public const string Wifi = "wifi";
    }
}
