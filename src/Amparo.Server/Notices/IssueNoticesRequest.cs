namespace Amparo.Server.Notices;

/// <summary>
/// Which notices to issue for the case's latest order: the recipients by letter ("A"–"F"; all six when none is
/// given), the registered institution that receives each when Amparo should not pick it (letter → institution id),
/// and whether to issue again a notice this order already has.
/// </summary>
public sealed record IssueNoticesRequest(
    IReadOnlyList<string>? Recipients = null,
    IReadOnlyDictionary<string, Guid>? Institutions = null,
    bool Reissue = false);
