using Amparo.Data.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Citizens;

internal sealed class CitizenAlertConfiguration : IEntityTypeConfiguration<CitizenAlert>
{
    public void Configure(EntityTypeBuilder<CitizenAlert> builder)
    {
        builder.ToTable("CitizenAlerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.IdempotencyKey).HasMaxLength(100);
        builder.Property(a => a.ClaimedBy).HasMaxLength(256);
        builder.Property(a => a.ResolvedBy).HasMaxLength(256);
        builder.Property(a => a.Outcome).HasMaxLength(2000);
        builder.HasIndex(a => new { a.CitizenId, a.IdempotencyKey }).IsUnique();
        builder.HasIndex(a => new { a.JurisdictionId, a.Status });
        builder.HasOne<CitizenAccount>().WithMany().HasForeignKey(a => a.CitizenId);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(a => a.JurisdictionId);
    }
}
