namespace Amparo.Server.Commands;

/// <summary>How a command of the API and the console ended; each refusal has its HTTP status.</summary>
public enum CommandOutcome
{
    Done,
    Created,

    /// <summary>The request itself is wrong (400).</summary>
    Invalid,

    /// <summary>Not there, or not in the user's jurisdictions (404).</summary>
    NotFound,

    /// <summary>Her role may not (403).</summary>
    Forbidden,

    /// <summary>The state of the case, notice or devices does not allow it (409).</summary>
    Conflict,

    /// <summary>Could not be stored now; the caller sends it again (503).</summary>
    Unavailable,
}
