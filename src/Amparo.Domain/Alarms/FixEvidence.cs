namespace Amparo.Domain.Alarms;

/// <summary>One position as it stood when an alarm was raised.</summary>
public sealed record FixEvidence(Guid DeviceId, DateTime FixTime, double Latitude, double Longitude, double? AccuracyMetres);
