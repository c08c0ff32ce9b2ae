using System.Globalization;
using Amparo.Domain.Citizens;
using static Amparo.Server.Console.Text.UiText;

namespace Amparo.Server.Console.Components.Citizens;

/// <summary>Catalogue categories and areas in the user's language, and a map link for a place.</summary>
public static class CitizenText
{
    public static string Category(string code) => ReportCatalogue.Find(code) is { } c ? (IsEnglish ? c.En : c.Es) : code;

    public static string Area(string? code) => MunicipalAreas.Find(code) is { } a ? (IsEnglish ? a.En : a.Es) : code ?? "—";

    public static string MapUrl(double latitude, double longitude) => string.Create(CultureInfo.InvariantCulture,
        $"https://www.openstreetmap.org/?mlat={latitude:0.######}&mlon={longitude:0.######}#map=17/{latitude:0.######}/{longitude:0.######}");

    public static string Coordinates(double latitude, double longitude) =>
        string.Create(CultureInfo.InvariantCulture, $"{latitude:0.00000}, {longitude:0.00000}");
}
