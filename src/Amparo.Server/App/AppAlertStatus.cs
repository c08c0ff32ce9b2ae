namespace Amparo.Server.App;

/// <summary>What her app shows of the alarm her alert raised.</summary>
public enum AppAlertStatus
{
    /// <summary>The centre has it; nobody has taken it yet.</summary>
    Received,

    /// <summary>An operator took it.</summary>
    Attending,

    /// <summary>The centre closed it.</summary>
    Closed,
}
