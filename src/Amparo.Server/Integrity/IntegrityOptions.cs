using System.ComponentModel.DataAnnotations;

namespace Amparo.Server.Integrity;

/// <summary><c>Amparo:Integrity</c>: how often the ledger seals what is new, and how old a record must be to be sealed.</summary>
public sealed class IntegrityOptions
{
    public const string Section = "Amparo:Integrity";

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SealEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A record younger than this waits for the next pass: its transaction may still be committing.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SealAfter { get; set; } = TimeSpan.FromSeconds(10);
}
