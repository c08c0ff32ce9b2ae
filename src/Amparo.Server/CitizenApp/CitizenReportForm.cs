using System.Globalization;
using Amparo.Server.Citizens;

namespace Amparo.Server.CitizenApp;

/// <summary>
/// Reads a report sent by the app as multipart/form-data: idempotencyKey, category, description, latitude, longitude
/// and an optional photo file. What the form cannot say is a problem; the content checks are <see cref="CitizenReports"/>'.
/// </summary>
public static class CitizenReportForm
{
    public static async Task<(ReportFiling? Filing, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return (null, "El reporte se envía como multipart/form-data.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, $"El formulario del reporte no se pudo leer (la foto no puede pasar de {CitizenReports.MaxPhotoBytes / 1024 / 1024} MB).");
        }

        if (!TryNumber(form["latitude"], out var latitude) || !TryNumber(form["longitude"], out var longitude))
        {
            return (null, "Faltan la latitud y la longitud del lugar.");
        }

        byte[]? photo = null;
        if (form.Files.GetFile("photo") is { Length: > 0 } file)
        {
            if (file.Length > CitizenReports.MaxPhotoBytes)
            {
                return (null, "La foto supera los 5 MB.");
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            photo = buffer.ToArray();
        }

        return (new ReportFiling(form["idempotencyKey"].ToString(), form["category"].ToString(), form["description"].ToString(), latitude, longitude, photo), null);
    }

    private static bool TryNumber(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
