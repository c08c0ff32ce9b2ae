using Amparo.Domain.Alarms;

namespace Amparo.Domain.Engine;

/// <summary>Turns the engine's fixes into the evidence stored with an alarm.</summary>
public static class Evidence
{
    public static FixEvidence Of(AcceptedFix fix)
    {
        ArgumentNullException.ThrowIfNull(fix);
        return new FixEvidence(fix.DeviceId, fix.At, fix.Point.Latitude, fix.Point.Longitude, fix.AccuracyMetres);
    }

    public static string Code(BreachProof proof) => proof switch
    {
        BreachProof.Certain => "certain",
        BreachProof.Confirmed => "confirmed",
        BreachProof.AfterGap => "after_gap",
        BreachProof.Repeat => "repeat",
    };
}
