namespace Amparo.Server.App;

/// <summary>
/// The framework's own refusals on the app's paths (a challenge without a valid token, a body that is not JSON) get a
/// Spanish detail too, so her app can always show the problem as it is.
/// </summary>
public static class AppProblemDetails
{
    public static void Configure(ProblemDetailsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var before = options.CustomizeProblemDetails;
        options.CustomizeProblemDetails = context =>
        {
            before?.Invoke(context);
            if (context.ProblemDetails.Detail is null && context.HttpContext.Request.Path.StartsWithSegments(AppEndpoints.Prefix))
            {
                context.ProblemDetails.Detail = context.ProblemDetails.Status switch
                {
                    StatusCodes.Status401Unauthorized => AppProblems.UnauthorizedDetail,
                    StatusCodes.Status404NotFound => "No existe.",
                    _ => "La solicitud de la aplicación no es válida.",
                };
            }
        };
    }
}
