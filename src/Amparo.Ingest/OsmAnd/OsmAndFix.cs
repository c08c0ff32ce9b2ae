using Amparo.Domain.Geo;
using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.OsmAnd;

/// <summary>The checks every OsmAnd fix must pass, whichever form it came in.</summary>
internal static class OsmAndFix
{
    public static OsmAndDecodeResult Validate(DeviceReport report, DateTime receivedAt, TimeSpan maxFutureSkew)
    {
        if (!GeoPoint.IsValid(report.Latitude, report.Longitude))
        {
            return OsmAndDecodeResult.Fail("bad_coordinates",
                FormattableString.Invariant($"Coordinates out of range: lat {report.Latitude}, lon {report.Longitude}."));
        }

        if (report.FixTime - receivedAt > maxFutureSkew)
        {
            return OsmAndDecodeResult.Fail("future_time",
                FormattableString.Invariant($"Timestamp {report.FixTime:O} is more than {maxFutureSkew.TotalMinutes} minutes in the future."));
        }

        return OsmAndDecodeResult.Ok(DecodedMessage.WithPosition(report));
    }
}
