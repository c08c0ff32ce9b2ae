namespace Amparo.Server.Citizens;

/// <summary>Sends a text message to a phone in E.164. Never throws for a gateway's failure.</summary>
public interface ISmsSender
{
    Task<SmsResult> SendAsync(string to, string text, CancellationToken cancellationToken);
}
