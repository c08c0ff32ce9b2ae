using System.Text.RegularExpressions;

namespace Amparo.Domain.Risk;

/// <summary>The shapes of an instrument's codes: they travel in URLs and stored answers, so they are plain.</summary>
public static partial class RiskCodes
{
    /// <summary>An instrument: "pe-fvr".</summary>
    public static bool IsInstrument(string? code) => code is not null && InstrumentPattern().IsMatch(code);

    /// <summary>A version label: "2019", "2023.1".</summary>
    public static bool IsVersion(string? code) => code is not null && VersionPattern().IsMatch(code);

    /// <summary>A section, question, option, level or rule: "2a", "si", "severo_extremo".</summary>
    public static bool IsPart(string? code) => code is not null && PartPattern().IsMatch(code);

    public static bool IsColour(string? colour) => colour is not null && ColourPattern().IsMatch(colour);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex InstrumentPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^[a-z0-9_]{1,40}$")]
    private static partial Regex PartPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColourPattern();
}
