using Amparo.Data.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Citizens;

internal sealed class CitizenAccountConfiguration : IEntityTypeConfiguration<CitizenAccount>
{
    public void Configure(EntityTypeBuilder<CitizenAccount> builder)
    {
        builder.ToTable("CitizenAccounts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.FullName).HasMaxLength(200);
        builder.HasIndex(c => c.Phone).IsUnique();
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(c => c.JurisdictionId);
    }
}
