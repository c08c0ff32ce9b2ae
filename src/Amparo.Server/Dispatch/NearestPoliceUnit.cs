namespace Amparo.Server.Dispatch;

/// <summary>An available unit near the alarm: how far in a straight line, and how old its reported position is.</summary>
public sealed record NearestPoliceUnit(string CallSign, double Latitude, double Longitude, double DistanceMetres, DateTime ReportedAt, double ReportAgeSeconds);
