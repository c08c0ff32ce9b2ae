using Amparo.Domain.Citizens;

namespace Amparo.Server.Citizens;

/// <summary>Query and body values of the citizen API: <c>emergency</c> / <c>public-service</c>, statuses as <c>in-progress</c> or <c>InProgress</c>.</summary>
public static class CitizenNames
{
    public static ReportQueue? Queue(string? value) => Plain(value) switch
    {
        "emergency" => ReportQueue.Emergency,
        "publicservice" => ReportQueue.PublicService,
        _ => null,
    };

    public static ReportStatus? Status(string? value) =>
        Enum.GetValues<ReportStatus>().Select(s => (ReportStatus?)s).FirstOrDefault(s => Plain(s.ToString()) == Plain(value));

    /// <summary>The app's alert buttons: <c>gender</c> or <c>citizen</c>.</summary>
    public static CitizenAlertKind? AlertKind(string? value) =>
        Enum.GetValues<CitizenAlertKind>().Select(k => (CitizenAlertKind?)k).FirstOrDefault(k => Plain(k.ToString()) == Plain(value));

    private static string Plain(string? value) =>
        (value ?? "").Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
