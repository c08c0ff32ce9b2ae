using Microsoft.Extensions.Options;

namespace Amparo.Server.Citizens;

/// <summary>POSTs <c>{"to": "+51…", "text": "…"}</c> as JSON to the configured gateway with its API key header.</summary>
public sealed partial class HttpSmsSender(IHttpClientFactory clients, IOptions<SmsOptions> options, ILogger<HttpSmsSender> logger) : ISmsSender
{
    public const string ClientName = "amparo-sms";

    public async Task<SmsResult> SendAsync(string to, string text, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var masked = Masked(to);
        var gateway = settings.GatewayUri ?? throw new InvalidOperationException("Amparo:Sms:GatewayUrl is not configured.");
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, gateway) { Content = JsonContent.Create(new SmsMessage(to, text)) };
            request.Headers.TryAddWithoutValidation(settings.ApiKeyHeader, settings.ApiKey);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                LogSent(masked, (int)response.StatusCode);
                return SmsResult.Sent;
            }

            LogFailed(masked, $"HTTP {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            LogFailed(masked, e.Message);
        }

        return SmsResult.Failed;
    }

    /// <summary>The log keeps the last three digits only.</summary>
    internal static string Masked(string phone) => phone.Length > 3 ? new string('•', phone.Length - 3) + phone[^3..] : phone;

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {To} taken by the gateway: HTTP {Status}")]
    private partial void LogSent(string to, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {To} NOT taken by the gateway: {Reason}")]
    private partial void LogFailed(string to, string reason);

    private sealed record SmsMessage(string To, string Text);
}
