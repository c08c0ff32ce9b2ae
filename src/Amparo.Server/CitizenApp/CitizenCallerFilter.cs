using Amparo.Server.App;

namespace Amparo.Server.CitizenApp;

/// <summary>Every request of the municipal app: a live installation of a registered citizen (a victim's token is refused here).</summary>
public sealed class CitizenCallerFilter(AppInstallationGate gate) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var (installation, revoked) = await gate.PassAsync(context.HttpContext);
        if (installation is not { CitizenId: { } citizenId })
        {
            return revoked
                ? TypedResults.Problem("Esta instalación fue dada de baja. Vuelva a registrarse con su número de celular.",
                    statusCode: StatusCodes.Status401Unauthorized, title: "Instalación dada de baja")
                : AppProblems.Unauthorized();
        }

        new CitizenCaller(installation.Id, citizenId).Attach(context.HttpContext);
        return await next(context);
    }
}
