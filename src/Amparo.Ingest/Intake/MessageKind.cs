namespace Amparo.Ingest.Intake;

/// <summary>The corpus's classification of a device message.</summary>
public enum MessageKind
{
    /// <summary>Carries a fix: a position is stored.</summary>
    Position,

    /// <summary>A valid message without a fix (login, heartbeat, cell towers only): no position.</summary>
    NoPosition,

    /// <summary>Nothing to store.</summary>
    Ignored,
}
