namespace Amparo.Server.Intake;

/// <summary>How an address lookup ended; each has its HTTP status.</summary>
public enum AddressLookupOutcome
{
    /// <summary>The geocoder answered (200), perhaps with no candidates.</summary>
    Found,

    /// <summary>No such case or live address in her jurisdictions (404).</summary>
    NotFound,

    /// <summary>Her role does not place addresses, or may not read the victim's (403).</summary>
    Forbidden,

    /// <summary>No geocoder is configured (503): the address is placed on the map by hand.</summary>
    NotConfigured,

    /// <summary>The geocoder is unreachable, too slow, or answered an error or nonsense (502).</summary>
    GeocoderFailed,
}
