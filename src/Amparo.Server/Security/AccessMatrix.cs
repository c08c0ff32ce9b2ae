using Amparo.Data.Identity;
using Amparo.Server.App;
using Amparo.Server.FollowUps;
using Amparo.Server.Notices;
using Amparo.Server.Notices.Occurrences;
using Amparo.Server.Protocols;
using Amparo.Server.Registries;
using Amparo.Server.Risk;
using Amparo.Server.Users;
using Amparo.Server.ViolenceMap;
using static Amparo.Server.Security.AccessScope;
using static Amparo.Server.Security.VictimExposure;

namespace Amparo.Server.Security;

/// <summary>
/// Who may call what, in one place: every HTTP endpoint, console page and hub method of Amparo. The access policy
/// refuses any role not listed (and any endpoint not listed at all); a route naming a record outside the caller's
/// jurisdictions answers 404 before its handler runs; an answer carrying a victim's data is audited. The handlers
/// keep their own finer checks (a body's kind, a victim's part redacted), which the matrix test holds to this table.
/// </summary>
public static class AccessMatrix
{
    private static readonly IReadOnlyList<string> Everyone = AmparoRoles.All;
    private static readonly IReadOnlyList<string> Centre = AmparoRoles.AlarmHandlers;
    private static readonly IReadOnlyList<string> Supervisors = AmparoRoles.AlarmSupervisors;
    private static readonly IReadOnlyList<string> Field = AmparoRoles.FieldWorkers;

    public static IReadOnlyList<AccessRule> Rules { get; } =
    [
        // Sign-in and the account's own session.
        Open("POST /api/auth/login", "The password (and the second factor where required) is the credential; failures count towards the lockout."),
        Open("POST /api/auth/refresh", "The refresh token is the credential; a changed account (password, lock, roles, sign-out everywhere) ends it."),
        Open("POST /api/auth/two-factor/setup", "The password is the credential (failures count towards the lockout); only for an account without a second factor."),
        Open("POST /api/auth/two-factor/enable", "The password and the new authenticator's code are the credential."),
        Staff("POST /api/auth/sessions/end", Everyone, Global, None, "Signs the caller out everywhere."),
        Staff("GET /api/users/", UserEndpoints.Managers, Filtered, None, "Administrators see the staff of their jurisdictions."),
        Staff("POST /api/users/", UserEndpoints.Managers, Filtered, None, "Creates a staff account (audited)."),
        Staff("PUT /api/users/{userName}", UserEndpoints.Managers, Filtered, None, "Changes an account; its sessions end (audited)."),
        Staff("PUT /api/users/{userName}/password", UserEndpoints.Managers, Filtered, None, "Sets a password; its sessions end (audited)."),
        Staff("POST /api/users/{userName}/lock", UserEndpoints.Managers, Filtered, None, "Locks an account (audited)."),
        Staff("POST /api/users/{userName}/unlock", UserEndpoints.Managers, Filtered, None, "Unlocks an account (audited)."),
        Staff("POST /api/users/{userName}/two-factor/reset", UserEndpoints.Managers, Filtered, None, "Forgets a lost authenticator (audited)."),
        Staff("POST /api/users/{userName}/sessions/end", UserEndpoints.Managers, Filtered, None, "Signs an account out everywhere (audited)."),
        Open("GET /culture", "Sets the language cookie; carries nothing."),
        Staff("POST /logout", Everyone, Global, None, "Ends the console session."),

        // Alarms and the centre's response.
        Staff("GET /api/alarms/", Everyone, Filtered, Location, "Alarms of the caller's jurisdictions: the victim's fix in the evidence only to those who may see her."),
        Staff("GET /api/alarms/{id:guid}", Everyone, Alarm, Identity | Location, "An alarm with its evidence and the people to call: the victim's fix and name only to those who may see them."),
        Staff("POST /api/alarms/{id:guid}/claim", Centre, Alarm, Location, "The centre works alarms."),
        Staff("POST /api/alarms/{id:guid}/acknowledge", Centre, Alarm, Location, "The centre works alarms."),
        Staff("POST /api/alarms/{id:guid}/resolve", Centre, Alarm, Location, "The centre works alarms."),
        Staff("POST /api/alarms/{id:guid}/steps", Centre, Alarm, None, "The protocol's steps, recorded by the centre."),
        Staff("POST /api/alarms/{id:guid}/calls", Centre, Alarm, None, "Calls logged by the centre."),
        Staff("GET /api/alarms/{id:guid}/police", Centre, Alarm, None, "The alarm's police requests."),
        Staff("POST /api/alarms/{id:guid}/police", Centre, Alarm, Location, "A police request carries where to go: the victim's last fix."),
        Staff("GET /api/alarms/{id:guid}/police-units/nearest", Centre, Alarm, Location, "Units nearest the victim's last fix."),
        Staff("GET /api/police-requests/{id:guid}/", Centre, PoliceRequest, Location, "A police request with the position sent."),
        Staff("GET /api/police-requests/{id:guid}/cap", Centre, PoliceRequest, Location, "The CAP message sent to 911, with the position."),
        Staff("GET /api/police-requests/{id:guid}/json", Centre, PoliceRequest, Location, "The JSON message sent to 911, with the position."),
        Staff("POST /api/police-requests/{id:guid}/send", Centre, PoliceRequest, None, "Sends (or re-sends) a request to 911."),
        Staff("POST /api/police-requests/{id:guid}/status", Centre, PoliceRequest, None, "The centre records the police's news by phone."),
        Open("POST /api/dispatch/callback", "The 911 centre's callback, authenticated by its shared key (X-Amparo-Key)."),
        Open("PUT /api/police-units/{callSign}", "The police's AVL feed (X-Amparo-Key) or a police user's unit mode; the handler authenticates either."),

        // Cases.
        Staff("GET /api/cases/", Everyone, Filtered, None, "The cases of the caller's jurisdictions."),
        Staff("POST /api/cases/", AmparoRoles.CaseRegistrars, Filtered, None, "The court, or the centre on its behalf, registers a case."),
        Staff("GET /api/cases/live", Everyone, Filtered, Location, "The live map: the victim's fixes only to those who may see her."),
        Staff("GET /api/cases/expiring", Everyone, Filtered, None, "Cases whose surveillance ends soon."),
        Staff("GET /api/cases/cessation-requests", Everyone, Filtered, None, "Victims' requests to end monitoring (no identity)."),
        Staff("GET /api/cases/{id:guid}", Everyone, Case, Identity | Location, "A case: the victim's identity and her zones' centres only to those who may read them."),
        Staff("GET /api/cases/{id:guid}/track", Everyone, Case, Location, "A party's track; the victim's only to those who may see her."),
        Staff("GET /api/cases/{id:guid}/replay", Everyone, Case, Location, "Both tracks; the victim's only to those who may see her."),
        Staff("GET /api/cases/{id:guid}/timeline", Everyone, Case, None, "Every change to the case."),
        Staff("GET /api/cases/{id:guid}/intake", Everyone, Case, Identity, "The intake file: the victim's addresses only to those who may read her data."),
        Staff("POST /api/cases/{id:guid}/orders/{orderId:guid}/document", AmparoRoles.CaseRegistrars, Case, None, "The order itself, attached by its registrars."),
        Staff("POST /api/cases/{id:guid}/addresses", AmparoRoles.IntakeRecorders, Case, None, "Addresses recorded at intake."),
        Staff("POST /api/cases/{id:guid}/addresses/{addressId:guid}/confirm", AmparoRoles.IntakeRecorders, Case, None, "Placing an address on the map."),
        Staff("POST /api/cases/{id:guid}/addresses/{addressId:guid}/geocode", [.. AmparoRoles.IntakeRecorders, .. AmparoRoles.CoverageSurveyors], Case, Identity, "The geocoder's candidates for an address."),
        Staff("POST /api/cases/{id:guid}/addresses/{addressId:guid}/coverage", AmparoRoles.CoverageSurveyors, Case, None, "The signal survey of an address."),
        Staff("DELETE /api/cases/{id:guid}/addresses/{addressId:guid}", AmparoRoles.IntakeRecorders, Case, None, "Ends an address."),
        Staff("PUT /api/cases/{id:guid}/consent", AmparoRoles.IntakeRecorders, Case, None, "The victim's decision on her device."),
        Staff("POST /api/cases/{id:guid}/activate", AmparoRoles.CaseActivators, Case, None, "The centre starts monitoring."),
        Staff("POST /api/cases/{id:guid}/orders", AmparoRoles.CaseRegistrars, Case, None, "A later decision of the court."),
        Staff("POST /api/cases/{id:guid}/interviews", AmparoRoles.IntakeRecorders, Case, None, "The interview before a cessation."),
        Staff("GET /api/cases/{id:guid}/dependants", AmparoRoles.VictimDataReaders, Case, Identity, "The victim's dependants."),
        Staff("POST /api/cases/{id:guid}/dependants", AmparoRoles.IntakeRecorders, Case, None, "Records a dependant."),
        Staff("PUT /api/cases/{id:guid}/dependants/{dependantId:guid}", AmparoRoles.IntakeRecorders, Case, None, "Corrects a dependant."),
        Staff("GET /api/cases/{id:guid}/vehicles", Everyone, Case, None, "The aggressor's vehicles."),
        Staff("POST /api/cases/{id:guid}/vehicles", [.. AmparoRoles.IntakeRecorders, AmparoRoles.Policia], Case, None, "Records the aggressor's vehicle."),
        Staff("DELETE /api/cases/{id:guid}/vehicles/{vehicleId:guid}", [.. AmparoRoles.IntakeRecorders, AmparoRoles.Policia], Case, None, "Ends a vehicle."),
        Staff("GET /api/cases/{caseId:guid}/people/{personId:guid}/contacts/", Everyone, Case, Identity, "A party's trusted contacts: the victim's only to those who may read her data.") with { Parameter = "caseId" },
        Staff("PUT /api/cases/{caseId:guid}/people/{personId:guid}/contacts/", Centre, Case, None, "The centre keeps the contacts it calls.") with { Parameter = "caseId" },
        Staff("GET /api/cases/{id:guid}/follow-ups", Everyone, Case, None, "The case's follow-up plan and record."),
        Staff("POST /api/cases/{id:guid}/follow-ups", [.. FollowUpRoles.Callers, .. FollowUpRoles.Patrols], Case, None, "Check-in calls and police rounds."),
        Staff("GET /api/follow-ups/due", Everyone, Filtered, None, "Cases that owe a follow-up."),
        Staff("GET /api/cases/{id:guid}/circuits", RegistryRoles.Readers, Case, None, "The case's circuits."),
        Staff("POST /api/cases/{id:guid}/circuits", RegistryRoles.CircuitRegistrars, Case, None, "Registers the case in a circuit."),
        Staff("POST /api/cases/{id:guid}/risk-assessments/", RiskPolicies.AssessorRoles, Case, None, "A risk assessment by those trained for it."),
        Staff("GET /api/cases/{id:guid}/risk-assessments/", RiskPolicies.ReaderRoles, Case, Identity, "Assessments answer questions about the victim."),
        Staff("POST /api/cases/{id:guid}/notices", NoticeIssuer.Issuers, Case, None, "The court's notices to each institution."),
        Staff("GET /api/cases/{id:guid}/notices", Everyone, Case, None, "The case's notices (no victim data in the list)."),
        Staff("GET /api/notices/{id:guid}/pdf", Everyone, Notice, Identity, "A notice's PDF; one naming the victim only to those who may read her data."),
        Staff("POST /api/notices/{id:guid}/delivery", Everyone, Notice, None, "The court, supervisors or the recipient institution record the delivery."),
        Staff("POST /api/notices/{id:guid}/acknowledgement", Everyone, Notice, None, "The recipient institution acknowledges."),
        Staff("POST /api/cases/{id:guid}/reports/occurrences", OccurrenceReports.Reporters, Case, None, "The occurrences report to the court."),
        Staff("GET /api/cases/{id:guid}/reports/occurrences", Everyone, Case, None, "The case's issued reports."),
        Staff("GET /api/reports/{id:guid}/pdf", OccurrenceReports.Reporters, Owner, Identity, "An occurrences report names the victim."),
        Staff("POST /api/cases/{id:guid}/app-enrolments", AppRoles.Managers, Case, None, "A code for the victim's panic-button app."),
        Staff("GET /api/cases/{id:guid}/app-installations", AppRoles.Managers, Case, None, "The victim's phones with the app."),
        Staff("DELETE /api/app-installations/{id:guid}", AppRoles.Managers, Owner, None, "Revokes one of her phones."),

        // Field acts and the device stock.
        Staff("POST /api/cases/{id:guid}/installations", Field, Case, None, "Installation act."),
        Staff("POST /api/cases/{id:guid}/removals", Field, Case, None, "Removal act."),
        Staff("POST /api/cases/{id:guid}/swaps", Field, Case, None, "Swap act."),
        Staff("GET /api/cases/{id:guid}/acts", Everyone, Case, Identity, "The case's acts: a victim's only to those who may read her data."),
        Staff("GET /api/acts/{id:guid}", Everyone, Owner, Identity, "One act: a victim's only to those who may read her data."),
        Staff("GET /api/files/{id:guid}", Everyone, Owner, Identity, "A stored file: a victim's act's only to those who may read her data."),
        Staff("PUT /api/charges/{id:guid}", Supervisors, Charge, None, "Settles a damage charge."),
        Staff("GET /api/stock/", Field, Filtered, None, "The stock of the caller's institutions."),
        Staff("POST /api/stock/devices", Field, Filtered, None, "Receives devices into stock."),
        Staff("GET /api/stock/devices/{id:guid}/history", Field, Device, None, "A device's movements."),
        Staff("POST /api/stock/devices/{id:guid}/movements", Field, Device, None, "Moves a device."),
        Staff("POST /api/stock/devices/{id:guid}/secret", Field, Device, None, "Makes a device's secret (shown once)."),
        Staff("DELETE /api/stock/devices/{id:guid}/secret", Field, Device, None, "Removes a device's secret."),
        Staff("GET /api/stock/institutions", Field, Filtered, None, "Institutions of the stock."),
        Staff("PUT /api/stock/institutions/{id:guid}/adhesion", Supervisors, Institution, None, "An institution's adhesion to the programme."),

        // The centre's configuration, supervision and figures.
        Staff("GET /api/protocols/", Everyone, Global, None, "The written protocols."),
        Staff("GET /api/protocols/{typeCode}", Everyone, Global, None, "One protocol."),
        Staff("PUT /api/protocols/{typeCode}", ProtocolPolicies.EditorRoles, Global, None, "Edits a protocol."),
        Staff("DELETE /api/protocols/{typeCode}", ProtocolPolicies.EditorRoles, Global, None, "Reverts a protocol."),
        Staff("GET /api/risk/instruments/", Everyone, Global, None, "The risk instruments."),
        Staff("GET /api/risk/instruments/{code}/{version}", Everyone, Global, None, "One instrument."),
        Staff("POST /api/risk/instruments/", RiskPolicies.InstrumentEditorRoles, Global, None, "Publishes an instrument's version."),
        Staff("GET /api/audit", Supervisors, Filtered, None, "Supervisors review the audit."),
        Staff("GET /api/supervision/report", Supervisors, Filtered, None, "The room's figures."),
        Staff("GET /api/statistics/", Supervisors, Filtered, None, "Programme figures (counts only)."),
        Staff("GET /api/statistics/report", Supervisors, Filtered, None, "Programme report (counts only)."),
        Staff("GET /api/statistics/periodic", Supervisors, Filtered, None, "Periodic reports."),
        Staff("GET /api/statistics/periodic/{id:guid}/pdf", Supervisors, PeriodicReport, None, "A periodic report (counts only)."),
        Staff("GET /api/violence-map", ViolenceMapEndpoints.Readers, Filtered, None, "Cells of at least k cases, never a point."),
        Staff("GET /api/registries/monitored-situations", RegistryRoles.Readers, Filtered, Identity, "The monitored-situations registry names victims."),
        Staff("GET /api/registries/circuits", RegistryRoles.Readers, Filtered, None, "Cases in the circuits with their unmet duties."),

        // Citizens' alerts and reports at the centre.
        Staff("GET /api/citizen-alerts/", Centre, Filtered, Location, "Citizens' panic alerts with where they are."),
        Staff("GET /api/citizen-alerts/{id:guid}", Centre, CitizenAlert, Location, "A citizen's alert and its positions."),
        Staff("POST /api/citizen-alerts/{id:guid}/claim", Centre, CitizenAlert, None, "The centre takes an alert."),
        Staff("POST /api/citizen-alerts/{id:guid}/resolve", Centre, CitizenAlert, None, "The centre closes an alert."),
        Staff("GET /api/citizen-reports/", Centre, Filtered, None, "Citizens' reports."),
        Staff("POST /api/citizen-reports/", Centre, Filtered, None, "A report taken by phone."),
        Staff("GET /api/citizen-reports/catalogue", Centre, Global, None, "The kinds of report."),
        Staff("GET /api/citizen-reports/{id:guid}", Centre, CitizenReport, None, "One report."),
        Staff("GET /api/citizen-reports/{id:guid}/photo", Centre, CitizenReport, None, "A report's photo."),
        Staff("POST /api/citizen-reports/{id:guid}/route", Centre, CitizenReport, None, "Routes a report to a service."),
        Staff("POST /api/citizen-reports/{id:guid}/status", Centre, CitizenReport, None, "A report's status."),

        // The victim's and the citizens' apps: their own token names one installation and reaches only its own records.
        Open("GET /app/", "The app's shell; carries nothing."),
        Open("POST /app/api/enrol", "The single-use enrolment code is the credential (rate-limited)."),
        Open("POST /app/api/token", "The installation's refresh token is the credential."),
        Open("POST /app/api/ciudadania/registro", "A citizen's sign-up by phone number (rate-limited)."),
        Open("POST /app/api/ciudadania/verificacion", "The code sent by SMS is the credential (rate-limited)."),
        App("GET /app/api/profile", "The app's own case, as the app may show it."),
        App("POST /app/api/alerts", "A panic alert from the app."),
        App("GET /app/api/alerts/{alertId:guid}", "The app's own alert."),
        App("POST /app/api/positions", "The app's own positions."),
        App("PUT /app/api/tracking", "The app's own tracking mode."),
        App("GET /app/api/ciudadania/perfil", "The citizen's own account."),
        App("GET /app/api/ciudadania/catalogo", "The kinds of report."),
        App("POST /app/api/ciudadania/alertas", "A citizen's panic alert."),
        App("GET /app/api/ciudadania/alertas/{alertId:guid}", "The citizen's own alert."),
        App("POST /app/api/ciudadania/alertas/{alertId:guid}/posiciones", "Positions of the citizen's own alert."),
        App("GET /app/api/ciudadania/reportes", "The citizen's own reports."),
        App("POST /app/api/ciudadania/reportes", "A citizen's report."),
        App("GET /app/api/ciudadania/reportes/{reportId:guid}", "One of the citizen's own reports."),

        // Live monitoring: the hub pushes to groups per jurisdiction; the victim's positions only to those who may see her.
        Staff("* /hubs/monitoring", Everyone, Filtered, Location, "The live feed (subscribing audited)."),
        Staff("* /hubs/monitoring/negotiate", Everyone, Filtered, None, "The live feed's handshake."),
        Staff("HUB MonitoringHub.OpenAlarms", Everyone, Filtered, None, "The open alarms, on (re)connecting."),

        // Operations.
        Open("* /health/live", "The process is up; carries nothing."),
        Open("* /health/ready", "The database and listeners answer; carries nothing."),
        Open("* /metrics", "Counters and timings for Prometheus; no case, person or place."),

        // The framework's own endpoints: the API reference, the console's circuit (each page is checked on its own) and
        // the built files of the console and the app.
        Open("GET /openapi/{documentName}.json", "The API's description; carries no data."),
        Open("GET /api/docs/{documentName?}", "The API reference; carries no data."),
        Open("GET /api/docs/scalar.js", "The API reference's script."),
        Open("GET /api/docs/scalar.aspnetcore.js", "The API reference's script."),
        Open("GET /api/docs/favicon.svg", "The API reference's icon."),
        Open("* /_blazor", "The console's circuit: every page it renders is checked by its own rule."),
        Open("* /_blazor/negotiate", "The console's circuit handshake."),
        Open("* /_blazor/disconnect/", "The console's circuit ending."),
        Open("* /_blazor/initializers/", "The console's start-up scripts."),
        Open("GET /_framework/opaque-redirect", "The console's redirect helper; carries nothing."),
        Open("GET {**path:file}", "The framework's fallback for built files; carries no data."),
        Open(StaticFiles, "The console's and the app's files as built (scripts, styles, icons, the app's pages); they carry no data."),

        // The console's pages (the Blazor router checks the same rules on every navigation).
        Open("PAGE /login", "The sign-in page."),
        Staff("PAGE /", Everyone, Filtered, Location, "The live map: the victim's fixes only to those who may see her."),
        Staff("PAGE /alarmas/{AlarmId:guid}", Everyone, Alarm, Location, "An alarm with the parties' last fixes.") with { Parameter = "AlarmId" },
        Staff("PAGE /casos", Everyone, Filtered, None, "The cases list."),
        Staff("PAGE /casos/nuevo", AmparoRoles.CaseRegistrars, Filtered, None, "Registers a case."),
        Staff("PAGE /casos/{CaseId:guid}", Everyone, Case, Location, "A case with its map and replay.") with { Parameter = "CaseId" },
        Staff("PAGE /casos/{CaseId:guid}/expediente", Everyone, Case, Identity, "The case file.") with { Parameter = "CaseId" },
        Staff("PAGE /casos/{CaseId:guid}/ingreso", Everyone, Case, Identity, "The intake file.") with { Parameter = "CaseId" },
        Staff("PAGE /auditoria", Supervisors, Filtered, None, "The audit."),
        Staff("PAGE /usuarios", UserEndpoints.Managers, Filtered, None, "Staff accounts."),
        Staff("PAGE /ciudadania", Centre, Filtered, Location, "Citizens' alerts."),
        Staff("PAGE /servicios", Centre, Filtered, None, "Citizens' reports and services."),
        Staff("PAGE /estadisticas", Supervisors, Filtered, None, "Programme figures."),
        Staff("PAGE /supervision", Supervisors, Filtered, None, "The room's figures."),
        Staff("PAGE /mapa-violencia", ViolenceMapEndpoints.Readers, Filtered, None, "The violence map."),
        Staff("PAGE /stock", Field, Filtered, None, "The device stock."),
        Staff("PAGE /protocolos", Everyone, Global, None, "The protocols."),
        Staff("PAGE /registros", Everyone, Filtered, None, "The registries."),
        Staff("PAGE /seguimiento", Everyone, Filtered, None, "Follow-ups due."),
        Staff("PAGE /turno", Everyone, Filtered, None, "The shift's handover."),
        Staff("PAGE /vencimientos", Everyone, Filtered, None, "Expiring orders."),
    ];

    /// <summary>The key of every file served from the build's static assets.</summary>
    public const string StaticFiles = "STATIC";

    private static readonly Dictionary<string, AccessRule> ByKey = Rules.ToDictionary(r => r.Key, StringComparer.Ordinal);

    public static AccessRule? Find(string key) => ByKey.GetValueOrDefault(key);

    public static string EndpointKey(string method, string pattern) => $"{method} {pattern}";

    public static string PageKey(string template) => $"PAGE {template}";

    public static string HubKey(string hub, string method) => $"HUB {hub}.{method}";

    private static AccessRule Staff(string key, IReadOnlyList<string> roles, AccessScope scope, VictimExposure exposure, string why) =>
        new(key, AccessCaller.Staff, roles, scope, exposure, why);

    private static AccessRule App(string key, string why) => new(key, AccessCaller.App, [], Global, None, why);

    private static AccessRule Open(string key, string why) => new(key, AccessCaller.Anonymous, [], Global, None, why);
}
