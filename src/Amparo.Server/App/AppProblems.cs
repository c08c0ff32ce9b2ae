using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.App;

/// <summary>The app's refusals, as ProblemDetails with a Spanish detail her app can show as it is.</summary>
public static class AppProblems
{
    public const string UnauthorizedDetail = "La sesión de la aplicación no es válida o venció: renueve el token o vuelva a inscribir la aplicación.";

    public const string TooManyDetail = "Demasiadas solicitudes seguidas: espere un momento y vuelva a intentar.";

    public static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(UnauthorizedDetail, statusCode: StatusCodes.Status401Unauthorized, title: "Sesión no válida");

    public static ProblemHttpResult Revoked() =>
        TypedResults.Problem("Esta instalación de la aplicación fue dada de baja. Pida un código nuevo al centro de monitoreo.",
            statusCode: StatusCodes.Status401Unauthorized, title: "Instalación dada de baja");
}
