using Amparo.Domain.Integrity;

namespace Amparo.Domain.Tests.Integrity;

public class LedgerWalkTests
{
    private static readonly DateTime At = new(2026, 12, 5, 1, 0, 0, DateTimeKind.Utc);

    private static List<SealedLink> Chain(int count)
    {
        var links = new List<SealedLink>();
        var previous = Hashes.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var recordHash = Hashes.Sha256($"registro {i}");
            var hash = LedgerLink.Hash(i, "audit", i.ToString(System.Globalization.CultureInfo.InvariantCulture), recordHash, At, previous);
            links.Add(new SealedLink(i, "audit", i.ToString(System.Globalization.CultureInfo.InvariantCulture), recordHash, At, previous, hash));
            previous = hash;
        }

        return links;
    }

    private static LedgerWalk Walk(IEnumerable<SealedLink> links)
    {
        var walk = new LedgerWalk();
        foreach (var link in links)
        {
            walk.Visit(link);
        }

        return walk;
    }

    [Fact]
    public void An_untouched_chain_has_no_problem_and_its_head_is_the_last_hash()
    {
        var chain = Chain(5);
        var walk = Walk(chain);

        Assert.Empty(walk.Problems);
        Assert.Equal(5, walk.Links);
        Assert.Equal(chain[^1].Hash, walk.Head);
    }

    [Fact]
    public void A_removed_link_is_a_gap_and_the_next_one_no_longer_follows()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);

        Assert.Equal([(3L, LedgerFault.Gap), (4L, LedgerFault.BrokenChain)], Walk(chain).Problems.Select(p => (p.Index, p.Fault)));
    }

    [Fact]
    public void A_link_whose_record_hash_was_changed_no_longer_matches_its_own_hash()
    {
        var chain = Chain(4);
        chain[1] = chain[1] with { RecordHash = Hashes.Sha256("otra cosa") };

        Assert.Equal([(2L, LedgerFault.AlteredLink)], Walk(chain).Problems.Select(p => (p.Index, p.Fault)));
    }

    [Fact]
    public void A_link_rehashed_after_an_edit_breaks_the_chain_at_the_next_link()
    {
        var chain = Chain(4);
        var edited = chain[1] with { RecordHash = Hashes.Sha256("otra cosa") };
        chain[1] = edited with { Hash = edited.ExpectedHash };

        Assert.Equal([(3L, LedgerFault.BrokenChain)], Walk(chain).Problems.Select(p => (p.Index, p.Fault)));
    }
}
