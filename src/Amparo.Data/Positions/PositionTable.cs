namespace Amparo.Data.Positions;

/// <summary>Names the position writers use in their hand-written SQL; a test checks them against the model.</summary>
public static class PositionTable
{
    public const string Name = "Positions";
    public const string DedupIndex = "IX_Positions_Device_Fix";

    public static IReadOnlyList<string> InsertColumns { get; } =
    [
        "DeviceId", "FixTime", "ServerTime", "Valid", "Latitude", "Longitude", "AccuracyMetres",
        "SpeedKnots", "Course", "Altitude", "BatteryPercent", "Attributes",
    ];

    public static string QuotedColumns { get; } = string.Join(", ", InsertColumns.Select(c => $"\"{c}\""));
}
