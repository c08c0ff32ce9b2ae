namespace Amparo.Ingest.Gt06;

/// <summary>
/// The device model the registry knows for a tracker (optional). A few GT06 clones reuse message types with their
/// own layouts; only the model tells them apart.
/// </summary>
internal readonly record struct Gt06Model(string? Name)
{
    private static readonly HashSet<string> NtFamily = ["NT11", "NT20", "NT26", "NT40", "NT46", "VL100", "XT40"];
    private static readonly HashSet<string> VlFamily = ["VL103", "LL303", "VL512", "G18"];

    private string Upper => Name?.ToUpperInvariant() ?? string.Empty;

    /// <summary>LW-series (LW4G …): other alarm codes, power in the status message.</summary>
    public bool IsLw => Upper.StartsWith("LW", StringComparison.Ordinal);

    /// <summary>NT-family (NT20, XT40 …): source type, IMEI and device time before the fix; power, odometer, hours after it.</summary>
    public bool IsNt => NtFamily.Contains(Upper);

    /// <summary>VL-family (VL103, G18 …): other alarm codes, event code and driver card in the status messages.</summary>
    public bool IsVl => VlFamily.Contains(Upper);

    public bool IsSeeworld => Upper == "SEEWORLD";

    /// <summary>R11: external power instead of the battery level in the status message.</summary>
    public bool IsR11 => Upper == "R11";

    /// <summary>QH302R: the IMEI before the fix in GPS + LBS reports.</summary>
    public bool IsQh302R => Upper == "QH302R";
}
