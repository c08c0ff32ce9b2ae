namespace Amparo.Server.Console.Text;

/// <summary>The words the dispatch panel uses when the operator has not claimed the alarm she wants the police for.</summary>
internal static class DispatchClaimWords
{
    public static readonly IReadOnlyDictionary<string, (string Es, string En)> All = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal)
    {
        ["dispatch.claim_first"] = ("Para pedir la policía, tome primero la alarma: la solicitud sale a nombre de quien la atiende.",
            "To request the police, claim the alarm first: the request goes out in the name of whoever handles it."),
        ["dispatch.claim"] = ("Tomar la alarma", "Claim the alarm"),
        ["dispatch.held_by"] = ("La alarma la atiende {0}: solo quien la tomó, o supervisión, puede pedir la policía.",
            "{0} is handling this alarm: only whoever claimed it, or a supervisor, may request the police."),
        ["dispatch.claim_failed"] = ("No se pudo tomar la alarma: otra persona la tomó o cambió.", "Could not claim the alarm: someone else claimed or changed it."),
        ["dispatch.outcome.NotClaimed"] = ("Tome la alarma antes de pedir la policía.", "Claim the alarm before requesting the police."),
        ["dispatch.outcome.ClaimedByOther"] = ("Otra persona tomó la alarma: solo ella puede pedir la policía.", "Someone else claimed the alarm: only they may request the police."),
    };
}
