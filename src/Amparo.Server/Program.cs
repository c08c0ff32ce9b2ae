using Amparo.Server.Demo;
using Amparo.Server.Hosting;
using Microsoft.Extensions.Options;

var app = AmparoHost.Build(args);
await AmparoHost.PrepareAsync(app);
await app.StartAsync();

var http = app.Services.GetRequiredService<IOptions<HttpOptions>>().Value;
var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
Console.WriteLine();
Console.WriteLine($"Amparo está en marcha / Amparo is running: http://localhost:{http.Port}/");
Console.WriteLine($"Referencia de la API / API reference: http://localhost:{http.Port}/api/docs");
if (demo.Enabled)
{
    Console.WriteLine($"Demo: centro 'operador', 'operador2', 'supervisor', 'administrador'; instituciones 'juzgado', 'cem', 'tecnico', 'policia'; contraseña / password: {demo.Password}");
    Console.WriteLine("Demo: la verificación en dos pasos no es obligatoria (en producción lo es para operador, supervisor y administrador).");
    Console.WriteLine("Demo: un agresor simulado se acerca al domicilio de la víctima; la alarma aparece en menos de un minuto.");
}

Console.WriteLine();
await app.WaitForShutdownAsync();

/// <summary>The entry point; tests host Amparo through <see cref="AmparoHost"/>.</summary>
public partial class Program;
