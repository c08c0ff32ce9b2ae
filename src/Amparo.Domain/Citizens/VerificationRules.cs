namespace Amparo.Domain.Citizens;

/// <summary>How long a code lives, how many tries it allows and how often one may be sent to the same phone.</summary>
public static class VerificationRules
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(1);

    public const int MaxAttempts = 5;

    public const int MaxPerDay = 5;

    /// <param name="sentAt">When codes were sent to this phone in the last day.</param>
    /// <param name="now">The time of the new request.</param>
    /// <returns>The Spanish reason another code may not be sent now, or null.</returns>
    public static string? ResendRefusal(IReadOnlyCollection<DateTime> sentAt, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(sentAt);
        var lastDay = sentAt.Where(t => t > now.AddDays(-1)).ToList();
        if (lastDay.Count >= MaxPerDay)
        {
            return $"Ya se enviaron {MaxPerDay} códigos a este número en las últimas 24 horas; intente mañana.";
        }

        return lastDay.Count > 0 && lastDay.Max() > now - ResendInterval
            ? "Espere un minuto antes de pedir otro código."
            : null;
    }
}
