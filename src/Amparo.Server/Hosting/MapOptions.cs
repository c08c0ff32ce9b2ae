namespace Amparo.Server.Hosting;

/// <summary>
/// Configuration section <c>Amparo:Map</c>. An empty tile URL draws zones and positions on a plain background,
/// as happens anyway when the tile server cannot be reached.
/// </summary>
public sealed class MapOptions
{
    public const string Section = "Amparo:Map";

    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public string TileAttribution { get; set; } = "© OpenStreetMap";
}
