using Amparo.Data.Identity;

namespace Amparo.Server.Auth;

/// <summary>The outcome of a sign-in attempt, with the user once her password was right.</summary>
public sealed record StaffSignInResult(StaffSignInOutcome Outcome, AmparoUser? User = null);
