namespace Amparo.Server.Security;

/// <summary>How an endpoint is bound to the jurisdictions of the user who calls it.</summary>
public enum AccessScope
{
    /// <summary>Carries nothing of a case or of a territory (the catalogues, the user's own session).</summary>
    Global,

    /// <summary>A list or figure the handler narrows to the caller's jurisdictions.</summary>
    Filtered,

    /// <summary>A case named by the route; checked before the handler runs.</summary>
    Case,

    /// <summary>An alarm named by the route (its case's jurisdiction); checked before the handler runs.</summary>
    Alarm,

    /// <summary>A police request named by the route.</summary>
    PoliceRequest,

    /// <summary>A notice named by the route.</summary>
    Notice,

    /// <summary>A citizen's panic alert named by the route (its jurisdiction).</summary>
    CitizenAlert,

    /// <summary>A citizen's report named by the route.</summary>
    CitizenReport,

    /// <summary>An institution named by the route.</summary>
    Institution,

    /// <summary>A device of the stock named by the route (its holder institution's jurisdiction).</summary>
    Device,

    /// <summary>A damage charge named by the route (its act's case).</summary>
    Charge,

    /// <summary>A periodic report named by the route.</summary>
    PeriodicReport,

    /// <summary>
    /// A record reached through its owner (a stored file, a field act, an issued report, an app installation): the
    /// handler resolves the owner's case and answers 404 outside the caller's jurisdictions.
    /// </summary>
    Owner,
}
