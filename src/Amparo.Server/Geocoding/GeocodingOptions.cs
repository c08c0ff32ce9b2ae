using System.ComponentModel.DataAnnotations;

namespace Amparo.Server.Geocoding;

/// <summary>
/// <c>Amparo:Geocoding</c>: the programme's own Nominatim-compatible server that turns an address as given into
/// candidate places. Empty <see cref="BaseUrl"/>: no geocoding, addresses are placed on the map by hand. A victim's
/// address is her data: it goes only to this server, never to a public service.
/// </summary>
public sealed class GeocodingOptions : IValidatableObject
{
    public const string Section = "Amparo:Geocoding";

    /// <summary>The server's root (its <c>/search</c> is asked), e.g. <c>https://nominatim.programa.gob.pe</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>ISO 3166-1 alpha-2 codes, comma separated (<c>pe,ar,mx</c>); empty: the country of the case's jurisdiction.</summary>
    [RegularExpression("^ *([A-Za-z]{2} *(, *[A-Za-z]{2} *)*)?$", ErrorMessage = "Amparo:Geocoding:CountryCodes must be two-letter country codes separated by commas, e.g. pe,ar,mx.")]
    public string? CountryCodes { get; set; }

    [Range(1, 10, ErrorMessage = "Amparo:Geocoding:MaxResults must be between 1 and 10.")]
    public int MaxResults { get; set; } = 5;

    [Range(1, 60, ErrorMessage = "Amparo:Geocoding:TimeoutSeconds must be between 1 and 60.")]
    public int TimeoutSeconds { get; set; } = 5;

    /// <summary>How Amparo names itself to the server (Nominatim's usage policy asks for one).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Amparo:Geocoding:UserAgent is required.")]
    [StringLength(200, ErrorMessage = "Amparo:Geocoding:UserAgent is at most 200 characters.")]
    public string UserAgent { get; set; } = "Amparo/1.0";

    /// <summary>A contact address sent as <c>email</c>, as Nominatim asks of heavy users; optional.</summary>
    [EmailAddress(ErrorMessage = "Amparo:Geocoding:Email must be an email address.")]
    public string? Email { get; set; }

    /// <summary>The server's root, or null when geocoding is off.</summary>
    public Uri? BaseUri => string.IsNullOrWhiteSpace(BaseUrl) ? null : new Uri(BaseUrl.Trim(), UriKind.Absolute);

    public bool Enabled => BaseUri is not null;

    /// <summary>The configured codes, lower case, or none.</summary>
    public IReadOnlyList<string> CountryCodeList =>
        (CountryCodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(BaseUrl)
            && !(Uri.TryCreate(BaseUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0))
        {
            yield return new ValidationResult("Amparo:Geocoding:BaseUrl must be an absolute http or https URL without query, or empty to turn geocoding off.", [nameof(BaseUrl)]);
        }

        if (UserAgent.Any(char.IsControl))
        {
            yield return new ValidationResult("Amparo:Geocoding:UserAgent may not hold control characters.", [nameof(UserAgent)]);
        }
    }
}
