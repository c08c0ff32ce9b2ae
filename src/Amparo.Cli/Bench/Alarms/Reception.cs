namespace Amparo.Cli.Bench.Alarms;

/// <summary>How well the tracker sees the sky during a leg, which sets the accuracy it reports.</summary>
public enum Reception
{
    /// <summary>Open street or park: accuracy around 8 m.</summary>
    Open,
    /// <summary>Between buildings: around 18 m.</summary>
    Street,
    /// <summary>Inside a house, shop or office: around 30 m, up to 50.</summary>
    Indoors,
    /// <summary>Underground or deep inside a building: no fix at all, the device is silent.</summary>
    None,
}
