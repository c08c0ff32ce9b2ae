namespace Amparo.Domain.ViolenceMap;

/// <summary>
/// One event for the map: what (a breach, a panic, a citizen alert, a report), where, and who it comes from (a case or
/// a citizen), so a cell is shown only when enough different people make it up.
/// </summary>
public sealed record MapEvent(string Kind, double Latitude, double Longitude, string Source);
