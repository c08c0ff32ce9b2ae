using Amparo.Server.Cases;

namespace Amparo.Server.Console.Components;

/// <summary>One case's zones as the live map draws them, labelled with the case's file number.</summary>
public sealed record MapZoneSet(Guid CaseId, string Label, IReadOnlyList<ZoneView> Zones);
