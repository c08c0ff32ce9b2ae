namespace Amparo.Data.App;

/// <summary>
/// A panic alert the app sent, once per idempotency key of the installation: a retry of the app's offline queue
/// finds it and never raises a second alarm. <see cref="AlarmId"/> is the case's panic alarm it reached.
/// </summary>
public sealed class AppAlert
{
    public Guid Id { get; set; }

    public Guid InstallationId { get; set; }

    public Guid IdempotencyKey { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>When the server received it.</summary>
    public DateTime RaisedAt { get; set; }

    /// <summary>When she pressed, by the phone's clock (the server's when the phone's is not believable).</summary>
    public DateTime At { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public double? AccuracyMetres { get; set; }

    public int? BatteryPercent { get; set; }

    public AppAlertTrigger Trigger { get; set; }

    public Guid? AlarmId { get; set; }
}
