using Amparo.Data.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Police;

internal sealed class PoliceUnitConfiguration : IEntityTypeConfiguration<PoliceUnit>
{
    public void Configure(EntityTypeBuilder<PoliceUnit> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.CallSign).HasMaxLength(40);
        builder.HasIndex(u => u.CallSign).IsUnique();
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(u => u.JurisdictionId);
    }
}
