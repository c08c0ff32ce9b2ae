using Amparo.Data.People;

namespace Amparo.Server.Intake;

/// <summary>An address with where it stands in intake: placed, confirmed (by whom), surveyed (what coverage).</summary>
public sealed record AddressView(
    Guid Id, string Role, string Kind, string Text, double? Latitude, double? Longitude, bool Protected,
    string? ConfirmedBy, DateTime? ConfirmedAt, string Coverage, string? CoverageNote, string? CoverageBy, DateTime? CoverageAt)
{
    public static AddressView From(CaseAddress a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.Role.ToString(), a.Kind.ToString(), a.Text, a.Latitude, a.Longitude, a.Protected,
            a.ConfirmedBy, a.ConfirmedAt, a.Coverage.ToString(), a.CoverageNote, a.CoverageBy, a.CoverageAt);
    }
}
