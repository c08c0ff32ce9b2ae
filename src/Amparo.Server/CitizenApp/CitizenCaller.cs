namespace Amparo.Server.CitizenApp;

/// <summary>The citizen behind a request of the municipal app, once <see cref="CitizenCallerFilter"/> found her installation in service.</summary>
public sealed record CitizenCaller(Guid InstallationId, Guid CitizenId)
{
    private const string Key = "amparo.app.citizen";

    public static CitizenCaller Of(HttpContext context) =>
        (context ?? throw new ArgumentNullException(nameof(context))).Items[Key] as CitizenCaller
        ?? throw new InvalidOperationException("Citizen app endpoint without the citizen caller filter.");

    internal void Attach(HttpContext context) => context.Items[Key] = this;
}
