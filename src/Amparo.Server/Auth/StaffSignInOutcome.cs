namespace Amparo.Server.Auth;

/// <summary>How a staff sign-in attempt ended.</summary>
public enum StaffSignInOutcome
{
    Succeeded,

    /// <summary>Unknown user or wrong password (the same answer for both).</summary>
    Failed,

    LockedOut,

    /// <summary>The password is right; her authenticator's code is needed.</summary>
    CodeRequired,

    /// <summary>The password is right but the code is not.</summary>
    CodeWrong,

    /// <summary>The password is right; her role requires a second factor she has not set up yet.</summary>
    SetupRequired,
}
