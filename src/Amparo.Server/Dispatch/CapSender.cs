using System.Text;
using Amparo.Domain.Dispatch;

namespace Amparo.Server.Dispatch;

/// <summary>POSTs a CAP document to the 911 centre's endpoint; says whether it was taken and, if not, why. Never throws.</summary>
public sealed partial class CapSender(IHttpClientFactory clients, ILogger<CapSender> logger)
{
    public const string ClientName = "amparo-dispatch";

    public async Task<(bool Accepted, string? Reason)> SendAsync(Uri endpoint, string identifier, string xml, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new StringContent(xml, Encoding.UTF8, CapWriter.MediaType);
            using var response = await clients.CreateClient(ClientName).PostAsync(endpoint, content, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                LogSent(identifier, endpoint, (int)response.StatusCode);
                return (true, null);
            }

            var reason = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            LogRefused(identifier, endpoint, reason);
            return (false, reason);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            var reason = e is TaskCanceledException && !cancellationToken.IsCancellationRequested ? "Sin respuesta a tiempo (timeout)" : e.Message;
            LogRefused(identifier, endpoint, reason);
            return (false, reason.Length > 500 ? reason[..500] : reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Police request {Identifier} sent to {Endpoint}: HTTP {Status}")]
    private partial void LogSent(string identifier, Uri endpoint, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Police request {Identifier} not taken by {Endpoint}: {Reason}")]
    private partial void LogRefused(string identifier, Uri endpoint, string reason);
}
