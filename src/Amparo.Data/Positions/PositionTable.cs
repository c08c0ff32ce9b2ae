namespace Amparo.Data.Positions;

/// <summary>Names the position writers use in their hand-written SQL; a test checks them against the model.</summary>
public static class PositionTable
{
    public const string Name = "Positions";
    public const string DedupIndex = "IX_Positions_Device_Fix";

    /// <summary>PostgreSQL: the partition for fixes outside every monthly partition.</summary>
    public const string DefaultPartition = "Positions_default";

    /// <summary>PostgreSQL: the partition of one UTC month, e.g. <c>Positions_2026_12</c>.</summary>
    public static string MonthPartition(DateTime month) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Name}_{month.Year:D4}_{month.Month:D2}");

    public static IReadOnlyList<string> InsertColumns { get; } =
    [
        "DeviceId", "FixTime", "ServerTime", "Valid", "Latitude", "Longitude", "AccuracyMetres",
        "SpeedKnots", "Course", "Altitude", "BatteryPercent", "Attributes",
    ];

    public static string QuotedColumns { get; } = string.Join(", ", InsertColumns.Select(c => $"\"{c}\""));
}
