namespace Amparo.Server.Citizens;

/// <summary>
/// Configuration section <c>Amparo:Sms</c>: an HTTP SMS gateway that takes <c>POST {to, text}</c> with an API key
/// header. Empty <see cref="GatewayUrl"/>: nothing is sent, messages are kept in the SMS outbox (a demo).
/// </summary>
public sealed class SmsOptions
{
    public const string Section = "Amparo:Sms";

    public string? GatewayUrl { get; set; }

    public string? ApiKey { get; set; }

    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    public int TimeoutSeconds { get; set; } = 10;

    public Uri? GatewayUri => string.IsNullOrWhiteSpace(GatewayUrl) ? null : new Uri(GatewayUrl, UriKind.Absolute);

    public bool IsValid(out string problem)
    {
        problem = "";
        if (string.IsNullOrWhiteSpace(GatewayUrl))
        {
            return TimeoutSeconds is >= 1 and <= 120 || Fail(out problem, "Amparo:Sms:TimeoutSeconds must be between 1 and 120.");
        }

        if (!(Uri.TryCreate(GatewayUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return Fail(out problem, "Amparo:Sms:GatewayUrl must be an absolute http or https URL.");
        }

        if (string.IsNullOrWhiteSpace(ApiKey) || string.IsNullOrWhiteSpace(ApiKeyHeader))
        {
            return Fail(out problem, "Amparo:Sms:ApiKey and ApiKeyHeader are required with a gateway.");
        }

        return TimeoutSeconds is >= 1 and <= 120 || Fail(out problem, "Amparo:Sms:TimeoutSeconds must be between 1 and 120.");
    }

    private static bool Fail(out string problem, string text)
    {
        problem = text;
        return false;
    }
}
