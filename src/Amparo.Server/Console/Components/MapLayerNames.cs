namespace Amparo.Server.Console.Components;

/// <summary>The live map's switchable layers, named in the operator's language.</summary>
public sealed record MapLayerNames(string Aggressors, string Victims, string Zones, string Police, string Alarms);
