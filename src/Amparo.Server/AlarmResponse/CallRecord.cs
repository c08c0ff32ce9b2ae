using Amparo.Domain.Protocols;

namespace Amparo.Server.AlarmResponse;

/// <summary>One call attempt: to whom (<see cref="CallParties"/>, with the contact when it is one), on which number, and what came of it.</summary>
public sealed record CallRecord(string Party, Guid? ContactId, string Phone, CallOutcome Outcome, string? Note);
