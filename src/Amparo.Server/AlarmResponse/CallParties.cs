namespace Amparo.Server.AlarmResponse;

/// <summary>Who a call attempt was made to, as the API names them.</summary>
public static class CallParties
{
    public const string Victim = "victim";
    public const string Aggressor = "aggressor";
    public const string Contact = "contact";

    /// <summary>Calls about the victim (hers and her contacts') name her people and numbers: only entitled roles see them.</summary>
    public static bool RevealsVictim(string? target) =>
        target is not null && (target.StartsWith(Victim, StringComparison.Ordinal) || target.StartsWith(Contact, StringComparison.Ordinal));
}
