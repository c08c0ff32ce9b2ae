using Amparo.Domain.Integrity;

namespace Amparo.Domain.Tests.Integrity;

public class EvidenceManifestTests
{
    private static readonly EvidenceItem Alarm = new("alarm", "a-1", Hashes.Sha256("alarma"));
    private static readonly EvidenceItem Entry = new("case-event", "e-1", Hashes.Sha256("entrada"));

    [Fact]
    public void The_records_hash_does_not_depend_on_their_order_but_on_each_of_them()
    {
        Assert.Equal(EvidenceManifest.Hash([Alarm, Entry]), EvidenceManifest.Hash([Entry, Alarm]));
        Assert.NotEqual(EvidenceManifest.Hash([Alarm, Entry]), EvidenceManifest.Hash([Alarm]));
        Assert.NotEqual(EvidenceManifest.Hash([Alarm, Entry]), EvidenceManifest.Hash([Alarm, Entry with { Hash = Hashes.Sha256("otra") }]));
    }

    [Fact]
    public void A_comparison_names_the_changed_the_removed_and_the_added_records()
    {
        var added = new EvidenceItem("police-request", "p-1", Hashes.Sha256("pedido"));
        var changed = Entry with { Hash = Hashes.Sha256("entrada corregida") };

        var difference = EvidenceManifest.Compare([Alarm, Entry], [changed, added]);

        Assert.Equal([Entry], difference.Changed);
        Assert.Equal([Alarm], difference.Removed);
        Assert.Equal([added], difference.Added);
        Assert.False(difference.None);
        Assert.True(EvidenceManifest.Compare([Alarm, Entry], [Entry, Alarm]).None);
    }
}
