namespace Amparo.Data.Risk;

/// <summary>
/// A version of a risk instrument a centre added, as its validated JSON. The versions Amparo ships are files, not
/// rows; a code and version name one definition forever (a correction is a new version).
/// </summary>
public sealed class StoredRiskInstrument
{
    public Guid Id { get; set; }

    public required string Code { get; set; }

    public required string Version { get; set; }

    public required string Jurisdiction { get; set; }

    /// <summary>The definition as <c>RiskInstrumentJson</c> writes it.</summary>
    public required string DefinitionJson { get; set; }

    public required string AddedBy { get; set; }

    public DateTime AddedAt { get; set; }
}
