using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Risk;

internal sealed class StoredRiskInstrumentConfiguration : IEntityTypeConfiguration<StoredRiskInstrument>
{
    public void Configure(EntityTypeBuilder<StoredRiskInstrument> builder)
    {
        builder.ToTable("RiskInstruments");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Code).HasMaxLength(40);
        builder.Property(i => i.Version).HasMaxLength(20);
        builder.Property(i => i.Jurisdiction).HasMaxLength(120);
        builder.Property(i => i.AddedBy).HasMaxLength(256);
        builder.HasIndex(i => new { i.Code, i.Version }).IsUnique();
    }
}
