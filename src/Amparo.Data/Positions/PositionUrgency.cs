namespace Amparo.Data.Positions;

/// <summary>Which queue a position waits in when the database is slower than the devices.</summary>
public enum PositionUrgency
{
    /// <summary>An ordinary fix: waits its turn.</summary>
    Routine,

    /// <summary>A fix that carries an event the centre acts on (SOS, strap, power): goes into the next batch, ahead of routine fixes.</summary>
    Alarm,
}
