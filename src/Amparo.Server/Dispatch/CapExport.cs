using System.Globalization;
using Amparo.Data.Dispatch;
using Amparo.Domain.Dispatch;
using Amparo.Server.Console.Text;
using Amparo.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Dispatch;

/// <summary>
/// The CAP alert of a police request, always the same for the same request: sent at its creation, in the centre's
/// time zone. A cancelled request is exported as the Cancel message that refers to its alert.
/// </summary>
public sealed class CapExport(IOptions<DispatchOptions> dispatch, IOptions<ConsoleOptions> console)
{
    public const string Restriction = "Solo para la central 911 y la policía: datos reservados de un caso de violencia de género con medida de protección.";

    private readonly TimeZoneInfo _zone = console.Value.TryTimeZone() ?? TimeZoneInfo.Utc;

    public CapAlert Build(DispatchRequest request, string fileNumber, string alarmTypeCode)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = dispatch.Value;
        var sent = Local(request.CreatedAt);
        var info = new CapInfo(
            "es",
            UiText.Es("type." + alarmTypeCode),
            new CapGrade(request.Urgency, request.Severity, request.Certainty),
            options.SenderName,
            request.Headline,
            request.Description,
            "Enviar una unidad policial a la zona indicada. Hay una medida de protección vigente: priorizar la seguridad de la víctima.",
            options.Contact,
            [new("expediente", fileNumber), new("tipo_alarma", alarmTypeCode), new("id_alarma", request.AlarmId.ToString())],
            new CapArea(
                string.Create(CultureInfo.InvariantCulture, $"Radio de {request.RadiusMetres:0} m alrededor de la posición GPS de las {Local(request.PositionAt):HH:mm:ss}"),
                request.Latitude, request.Longitude, request.RadiusMetres));
        var alert = new CapAlert(request.Identifier, options.Sender, sent, request.Exercise, CapMessageType.Alert, Restriction, info);
        return request.Status != DispatchStatus.Cancelled
            ? alert
            : alert with
            {
                Identifier = request.Identifier + "-cancel",
                Sent = Local(request.UpdatedAt),
                MessageType = CapMessageType.Cancel,
                References = $"{options.Sender},{request.Identifier},{CapDateTime.Format(sent)}",
            };
    }

    public string FileName(DispatchRequest request, string extension)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Identifier}.{extension}";
    }

    private DateTimeOffset Local(DateTime utc)
    {
        var at = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return new DateTimeOffset(at).ToOffset(_zone.GetUtcOffset(at));
    }
}
