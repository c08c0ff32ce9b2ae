namespace Amparo.Server.App;

/// <summary>Every request of a victim's app: a live installation of a protected victim (a citizen's token is refused here).</summary>
public sealed class AppCallerFilter(AppInstallationGate gate) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var (installation, revoked) = await gate.PassAsync(context.HttpContext);
        if (installation is not { CaseId: { } caseId, PersonId: { } personId, DeviceId: { } deviceId })
        {
            return revoked ? AppProblems.Revoked() : AppProblems.Unauthorized();
        }

        new AppCaller(installation.Id, caseId, personId, deviceId).Attach(context.HttpContext);
        return await next(context);
    }
}
