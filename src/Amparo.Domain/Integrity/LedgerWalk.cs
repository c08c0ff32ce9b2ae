namespace Amparo.Domain.Integrity;

/// <summary>
/// Walks the ledger's links in order (page by page if need be) and notes what breaks the chain: a missing index, a
/// link whose hash does not match its content, a link that does not follow the one before it.
/// </summary>
public sealed class LedgerWalk
{
    private readonly List<LedgerProblem> _problems = [];
    private long _next = 1;
    private string _previous = Hashes.Genesis;

    public IReadOnlyList<LedgerProblem> Problems => _problems;

    public long Links { get; private set; }

    /// <summary>The last link's hash: what a document printed at that moment names.</summary>
    public string Head => _previous;

    public void Visit(SealedLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.Index != _next)
        {
            _problems.Add(new LedgerProblem(_next, link.Kind, link.RecordKey, LedgerFault.Gap));
        }

        if (link.Hash != link.ExpectedHash)
        {
            _problems.Add(new LedgerProblem(link.Index, link.Kind, link.RecordKey, LedgerFault.AlteredLink));
        }
        else if (link.PreviousHash != _previous)
        {
            _problems.Add(new LedgerProblem(link.Index, link.Kind, link.RecordKey, LedgerFault.BrokenChain));
        }

        _next = link.Index + 1;
        _previous = link.Hash;
        Links++;
    }
}
