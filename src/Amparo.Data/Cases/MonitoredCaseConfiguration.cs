using Amparo.Data.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Cases;

internal sealed class MonitoredCaseConfiguration : IEntityTypeConfiguration<MonitoredCase>
{
    public void Configure(EntityTypeBuilder<MonitoredCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.FileNumber).HasMaxLength(80);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.Property(c => c.VictimConsentBy).HasMaxLength(256);
        builder.Property(c => c.ActivatedBy).HasMaxLength(256);
        builder.HasIndex(c => c.FileNumber);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(c => c.JurisdictionId);
        builder.HasMany(c => c.Measures).WithOne().HasForeignKey(m => m.CaseId);
    }
}
