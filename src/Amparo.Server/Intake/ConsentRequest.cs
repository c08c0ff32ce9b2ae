using Amparo.Domain.Intake;

namespace Amparo.Server.Intake;

public sealed record ConsentRequest(ConsentDecision Decision, string? Note);
