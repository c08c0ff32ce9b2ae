using Amparo.Domain.Intake;

namespace Amparo.Server.Intake;

public sealed record CoverageRequest(Coverage Coverage, string? Note);
