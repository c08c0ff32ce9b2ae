namespace Amparo.Ingest.Intake;

/// <summary>What the intake did with a device's message: whether the device may be told it was stored.</summary>
public enum IntakeOutcome
{
    /// <summary>Stored (or already stored): the device may be told so.</summary>
    Accepted,

    /// <summary>No such device is registered; nothing was stored.</summary>
    UnknownDevice,

    /// <summary>Could not be stored now; the device must send it again.</summary>
    Unavailable,

    /// <summary>The device sent more than its share this minute; nothing was stored (a frame with an alarm is never refused so).</summary>
    RateLimited,
}
