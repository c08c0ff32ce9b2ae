using Amparo.Domain.Cases;
using Amparo.Domain.Geo;

namespace Amparo.Server.Intake;

/// <summary>The intake's input rules, each broken rule a sentence in Spanish.</summary>
public static class IntakeValidation
{
    public static List<string> Registration(RegisterCaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        Required(problems, request.Court, "el juzgado");
        Required(problems, request.Judge, "el nombre del juez o la jueza");
        Required(problems, request.FileNumber, "el número de expediente");
        if (request.FileNumber?.Length > 80)
        {
            problems.Add("El número de expediente tiene más de 80 caracteres.");
        }

        if (!double.IsFinite(request.PerimeterMetres) || request.PerimeterMetres <= 0 || request.PerimeterMetres > 50_000)
        {
            problems.Add("El perímetro de restricción debe estar entre 1 y 50.000 metros.");
        }

        if (request.Measures is null || !request.Measures.Any(m => m.Type == ProtectionMeasureType.ElectronicSurveillance))
        {
            problems.Add("La orden debe incluir la medida de vigilancia electrónica: solo una orden judicial activa el monitoreo.");
        }

        foreach (var measure in request.Measures ?? [])
        {
            if (measure.EndsOn is { } end && end < measure.StartsOn)
            {
                problems.Add($"La medida {measure.Type} termina antes de empezar.");
            }
        }

        Required(problems, request.Victim?.FullName, "el nombre de la víctima");
        Required(problems, request.Aggressor?.FullName, "el nombre del agresor");
        if (request.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            problems.Add($"La zona horaria «{zone}» no existe.");
        }

        return problems;
    }

    public static List<string> Address(AddressRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        Required(problems, request.Text, "la dirección");
        if (request.Text?.Length > 400)
        {
            problems.Add("La dirección tiene más de 400 caracteres.");
        }

        if ((request.Latitude is null) != (request.Longitude is null))
        {
            problems.Add("Indique latitud y longitud juntas, o ninguna.");
        }
        else if (request.Latitude is { } lat && request.Longitude is { } lon && !GeoPoint.IsValid(lat, lon))
        {
            problems.Add("Las coordenadas no son válidas.");
        }

        return problems;
    }

    private static void Required(List<string> problems, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"Falta {what}.");
        }
    }
}
