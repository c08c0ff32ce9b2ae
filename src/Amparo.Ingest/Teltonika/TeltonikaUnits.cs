namespace Amparo.Ingest.Teltonika;

/// <summary>Unit conversions shared by the Teltonika codecs.</summary>
internal static class TeltonikaUnits
{
    /// <summary>Speeds arrive in km/h and are stored in knots, with the factor Traccar uses.</summary>
    public const double KnotsPerKmh = 0.539957;
}
