namespace Amparo.Ingest.Intake;

public enum CommandOutcome
{
    /// <summary>Stored (or already stored): the device may be told so.</summary>
    Accepted,

    /// <summary>No such device is registered; nothing was stored.</summary>
    UnknownDevice,

    /// <summary>Could not be stored now; the device must send it again.</summary>
    Unavailable,
}
