using Amparo.Server.App;
using Microsoft.AspNetCore.RateLimiting;

namespace Amparo.Server.Auth;

/// <summary>
/// Sign-in attempts per address: the lockout guards one account against guessing, this guards all of them against
/// one address trying many (its answer is 429 with when to try again).
/// </summary>
public static class StaffRateLimits
{
    public const string SignIn = "staff.sign-in";

    public static void Configure(RateLimiterOptions limiter, SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(options);
        limiter.AddPolicy(SignIn, context =>
            AppRateLimits.PerMinute("sign-in:" + (context.Connection.RemoteIpAddress?.ToString() ?? "?"), options.SignInAttemptsPerMinute));
    }
}
