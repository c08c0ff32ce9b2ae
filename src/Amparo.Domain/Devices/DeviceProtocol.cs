namespace Amparo.Domain.Devices;

public enum DeviceProtocol
{
    OsmAnd,
    Gt06,
    Teltonika,
    H02,
    Watch,

    /// <summary>Amparo's own panic-button app: its positions and alerts come through the app's API, not a listener.</summary>
    App,
}
