namespace Amparo.Domain.Intake;

/// <summary>The mobile signal and GPS reception at an address, as the coverage (signal) report found it.</summary>
public enum Coverage
{
    /// <summary>No report yet.</summary>
    Unknown,
    Good,

    /// <summary>Works with gaps: the centre should expect signal losses there.</summary>
    Weak,

    /// <summary>The devices cannot report from there.</summary>
    None,
}
