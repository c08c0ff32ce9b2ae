namespace Amparo.Server.Dispatch;

/// <summary>Configuration section <c>Amparo:Dispatch</c>: where police requests go and how the 911 centre answers.</summary>
public sealed class DispatchOptions
{
    public const string Section = "Amparo:Dispatch";

    /// <summary>Absolute http(s) URL the CAP alerts are POSTed to; empty: requests are only exported.</summary>
    public string? Endpoint { get; set; }

    /// <summary>CAP sender: unique for the centre, no spaces, commas or ampersands.</summary>
    public string Sender { get; set; } = "centro-monitoreo@amparo";

    public string SenderName { get; set; } = "Centro de monitoreo Amparo";

    /// <summary>Who the police call back about a request (CAP contact).</summary>
    public string Contact { get; set; } = "Centro de monitoreo Amparo (operador de turno)";

    /// <summary>What the 911 centre presents in <c>X-Amparo-Key</c> for callbacks and unit positions; empty refuses them.</summary>
    public string? CallbackKey { get; set; }

    public int TimeoutSeconds { get; set; } = 10;

    public Uri? EndpointUri => string.IsNullOrWhiteSpace(Endpoint) ? null : new Uri(Endpoint, UriKind.Absolute);

    public bool IsValid(out string problem)
    {
        problem = "";
        if (!string.IsNullOrWhiteSpace(Endpoint)
            && !(Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            problem = "Amparo:Dispatch:Endpoint must be an absolute http or https URL.";
        }
        else if (string.IsNullOrWhiteSpace(Sender) || Sender.IndexOfAny([' ', ',', '&', '<']) >= 0)
        {
            problem = "Amparo:Dispatch:Sender must be set, without spaces, commas, '&' or '<'.";
        }
        else if (TimeoutSeconds is < 1 or > 120)
        {
            problem = "Amparo:Dispatch:TimeoutSeconds must be between 1 and 120.";
        }

        return problem.Length == 0;
    }
}
