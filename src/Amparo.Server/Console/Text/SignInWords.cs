namespace Amparo.Server.Console.Text;

/// <summary>The words of the sign-in's second step: the authenticator's code, and setting one up.</summary>
internal static class SignInWords
{
    public static readonly IReadOnlyDictionary<string, (string Es, string En)> All = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal)
    {
        ["login.code"] = ("Código de su aplicación de autenticación", "Code from your authenticator app"),
        ["login.code_help"] = ("Abra su aplicación de autenticación y escriba el código de 6 cifras de Amparo.", "Open your authenticator app and type Amparo's 6-digit code."),
        ["login.code_submit"] = ("Verificar", "Verify"),
        ["login.code_wrong"] = ("El código no es correcto o ya se usó; espere al siguiente.", "The code is wrong or was already used; wait for the next one."),
        ["login.setup_title"] = ("Su rol exige verificación en dos pasos", "Your role requires two-step verification"),
        ["login.setup_help"] = ("Escanee este código QR con su aplicación de autenticación (o escriba la clave) y luego ingrese el código de 6 cifras que muestra.", "Scan this QR code with your authenticator app (or type the key), then enter the 6-digit code it shows."),
        ["login.setup_key"] = ("Clave", "Key"),
        ["login.restart"] = ("Volver a empezar", "Start again"),
        ["login.expired"] = ("El ingreso tardó demasiado; vuelva a escribir su contraseña.", "Sign-in took too long; type your password again."),
    };
}
