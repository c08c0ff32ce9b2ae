namespace Amparo.Server.Citizens;

/// <summary>Closes a citizen alert with what was done.</summary>
public sealed record ResolveCitizenAlertRequest(string? Outcome);

/// <summary>Routes a report to a municipal area (a <c>MunicipalAreas</c> code).</summary>
public sealed record RouteReportRequest(string? Area, string? Note);

/// <summary>Moves a report to in-progress, resolved or rejected, with a note the citizen reads.</summary>
public sealed record ReportStatusRequest(string? Status, string? Note);

/// <summary>A report phoned in by a citizen and registered by the operator; the photo, if any, in base64.</summary>
public sealed record PhonedReportRequest(
    string? Category, string? Description, double Latitude, double Longitude, string? CallerName, string? CallerPhone, string? PhotoBase64);
