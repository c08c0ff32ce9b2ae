namespace Amparo.Server.AlarmResponse;

/// <summary>POST /api/alarms/{id}/calls: party victim|aggressor|contact (with contactId), the number dialled, the outcome, a note.</summary>
public sealed record CallRequest(string? Party, Guid? ContactId, string? Phone, string? Outcome, string? Note);
