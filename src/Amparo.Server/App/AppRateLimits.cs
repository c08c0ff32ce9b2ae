using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Amparo.Server.App;

/// <summary>
/// The app's limits (ASP.NET Core's rate limiter, after authorization so the installation is known): enrolment and
/// refresh per address, everything else per installation, alerts with their own generous limit so a panic is never
/// refused because the app was busy.
/// </summary>
public static class AppRateLimits
{
    public const string Enrol = "app.enrol";
    public const string Token = "app.token";
    public const string Requests = "app.requests";
    public const string Alerts = "app.alerts";

    public static void Configure(RateLimiterOptions limiter, AppOptions options)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(options);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = RejectAsync;
        limiter.AddPolicy(Enrol, context => PerMinute("enrol:" + Address(context), options.EnrolAttemptsPerMinute));
        limiter.AddPolicy(Token, context => PerMinute("token:" + Address(context), options.TokenRequestsPerMinute));
        limiter.AddPolicy(Requests, context => PerMinute("requests:" + Installation(context), options.RequestsPerMinute));
        limiter.AddPolicy(Alerts, context => PerMinute("alerts:" + Installation(context), options.AlertsPerMinute));
    }

    /// <summary>A fixed one-minute window of <paramref name="permits"/> for the partition <paramref name="key"/>.</summary>
    internal static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        });

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "?";

    private static string Installation(HttpContext context) =>
        AppAuth.InstallationOf(context.User)?.ToString() ?? Address(context);

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await TypedResults.Problem(AppProblems.TooManyDetail, statusCode: StatusCodes.Status429TooManyRequests, title: "Demasiadas solicitudes")
            .ExecuteAsync(rejected.HttpContext);
    }
}
