using Amparo.Domain.Integrity;

namespace Amparo.Domain.Tests.Integrity;

public class CanonicalRecordTests
{
    [Fact]
    public void The_same_values_give_the_same_hash_whatever_the_instants_kind_and_a_changed_value_another()
    {
        var at = new DateTime(2026, 12, 5, 1, 2, 3, DateTimeKind.Utc).AddTicks(4567);
        string Hash(DateTime when, string details) => new CanonicalRecord("audit").Add("at", when).Add("details", details).Add("case", (Guid?)null).Sha256();

        Assert.Equal(Hash(at, "ficha"), Hash(DateTime.SpecifyKind(at, DateTimeKind.Unspecified), "ficha"));
        Assert.NotEqual(Hash(at, "ficha"), Hash(at, "ficha "));
        Assert.NotEqual(Hash(at, "ficha"), Hash(at.AddMilliseconds(1), "ficha"));
        // Microseconds (PostgreSQL) and ticks (SQLite) of the same millisecond are the same instant to the ledger.
        Assert.Equal(Hash(at, "ficha"), Hash(at.AddTicks(-(at.Ticks % 10)), "ficha"));
        Assert.Matches("^[0-9a-f]{64}$", Hash(at, "ficha"));
    }

    [Fact]
    public void A_value_cannot_fake_the_next_field_nor_a_null()
    {
        var split = new CanonicalRecord("audit").Add("user", "ana\nremote=1.2.3.4").Add("remote", (string?)null);
        var honest = new CanonicalRecord("audit").Add("user", "ana").Add("remote", "1.2.3.4");

        Assert.NotEqual(honest.Sha256(), split.Sha256());
        Assert.Equal("kind=audit\nuser=ana\\nremote=1.2.3.4\nremote\n", split.Text);
        Assert.NotEqual(new CanonicalRecord("x").Add("v", "").Sha256(), new CanonicalRecord("x").Add("v", (string?)null).Sha256());
    }
}
