using Amparo.Domain.Devices;
using Amparo.Domain.Geo;

namespace Amparo.Server.Demo;

/// <summary>
/// The demo's two cases in Arequipa and where their simulated devices are at a given moment. Case 1's aggressor
/// rides toward the victim's home at 14 m/s from 1,300 m away: pre-alert (1,000 m) after ~20 s, zone entry
/// (500 m) after ~57 s; he stays near her home for a minute, then leaves, and the cycle repeats every 5 minutes.
/// Case 2's aggressor wanders 5 km from his victim.
/// </summary>
public static class DemoScenario
{
    public const string Jurisdiction = "Arequipa";
    public const string Case1File = "01234-2026-0-0401-JR-FT-01";
    public const string Case2File = "00877-2026-0-0401-JR-FT-02";
    public const string Case3File = "00931-2026-0-0401-JR-FT-01";
    public const string Court = "Módulo Judicial Integrado en Violencia contra las Mujeres — Arequipa";

    public static readonly GeoPoint Home1 = new(-16.3989, -71.5369);
    public static readonly GeoPoint Home2 = new(-16.4265, -71.5190);
    public static readonly GeoPoint Home3 = new(-16.3920, -71.5290);
    public const double Home1Radius = 500;
    public const double Home2Radius = 1000;

    private const double Speed = 14;
    private const double StartDistance = 1300;
    private const double ClosestDistance = 150;
    private static readonly TimeSpan Cycle = TimeSpan.FromMinutes(5);

    public static readonly DemoDevice[] Devices =
    [
        new("demo-agresor-1", Case1File, IsAggressor: true),
        new("demo-victima-1", Case1File, IsAggressor: false),
        new("demo-agresor-2", Case2File, IsAggressor: true),
        new("demo-victima-2", Case2File, IsAggressor: false),
    ];

    /// <summary>Devices in the gender area's store, not yet on anyone: a bracelet kit and a tracker for her.</summary>
    public static readonly (string UniqueId, DeviceProtocol Protocol, DeviceKind Kind, string Model)[] Store =
    [
        ("860717040000011", DeviceProtocol.Gt06, DeviceKind.AggressorTracker, "Concox GT06N"),
        ("860717040000012", DeviceProtocol.Gt06, DeviceKind.Bracelet, "Tobillera RF"),
        ("860717040000013", DeviceProtocol.Gt06, DeviceKind.VictimTracker, "Concox GT06N"),
    ];

    public static GeoPoint PositionOf(DemoDevice device, TimeSpan sinceStart)
    {
        ArgumentNullException.ThrowIfNull(device);
        var t = sinceStart.TotalSeconds % Cycle.TotalSeconds;
        return device.UniqueId switch
        {
            "demo-agresor-1" => Offset(Home1, Aggressor1Distance(t), bearingDegrees: 45),
            "demo-victima-1" => Offset(Home1, 20 + 15 * Math.Sin(t / 20), bearingDegrees: t * 3),
            "demo-agresor-2" => Offset(Home2, 5000 + 300 * Math.Sin(t / 40), bearingDegrees: 300 + t / 10),
            _ => Offset(Home2, 30, bearingDegrees: t * 2),
        };
    }

    private static double Aggressor1Distance(double t)
    {
        var approach = (StartDistance - ClosestDistance) / Speed;
        if (t < approach)
        {
            return StartDistance - Speed * t;
        }

        if (t < approach + 60)
        {
            return ClosestDistance;
        }

        return Math.Min(StartDistance * 2, ClosestDistance + Speed * (t - approach - 60));
    }

    /// <summary>A point at a distance and bearing; a flat-earth step is ample for a simulator a few km wide.</summary>
    private static GeoPoint Offset(GeoPoint origin, double metres, double bearingDegrees)
    {
        var bearing = bearingDegrees * Math.PI / 180;
        var north = metres * Math.Cos(bearing);
        var east = metres * Math.Sin(bearing);
        return new GeoPoint(
            origin.Latitude + north / 111_320,
            origin.Longitude + east / (111_320 * Math.Cos(origin.Latitude * Math.PI / 180)));
    }
}

public sealed record DemoDevice(string UniqueId, string CaseFile, bool IsAggressor);
