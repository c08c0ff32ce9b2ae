namespace Amparo.Server.Citizens;

/// <summary>Configuration section <c>Amparo:Citizens</c>: the municipality the citizen app serves.</summary>
public sealed class CitizenOptions
{
    public const string Section = "Amparo:Citizens";

    /// <summary>The jurisdiction (by exact name) whose centre attends citizens; empty: the only one with a monitoring centre.</summary>
    public string? Jurisdiction { get; set; }

    /// <summary>The country a phone written without its prefix belongs to: PE, MX or AR.</summary>
    public string Country { get; set; } = "PE";

    /// <summary>How the SMS signs the code.</summary>
    public string SmsSignature { get; set; } = "Amparo";

    public bool IsValid() => Country is "PE" or "MX" or "AR" && !string.IsNullOrWhiteSpace(SmsSignature) && SmsSignature.Length <= 30;
}
