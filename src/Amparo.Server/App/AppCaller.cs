namespace Amparo.Server.App;

/// <summary>The installation behind an app request, once <see cref="AppCallerFilter"/> found it in service.</summary>
public sealed record AppCaller(Guid InstallationId, Guid CaseId, Guid PersonId, Guid DeviceId)
{
    private const string Key = "amparo.app.caller";

    public static AppCaller Of(HttpContext context) =>
        (context ?? throw new ArgumentNullException(nameof(context))).Items[Key] as AppCaller
        ?? throw new InvalidOperationException("App endpoint without the app caller filter.");

    internal void Attach(HttpContext context) => context.Items[Key] = this;
}
