using Amparo.Data.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.People;

internal sealed class CaseAddressConfiguration : IEntityTypeConfiguration<CaseAddress>
{
    public void Configure(EntityTypeBuilder<CaseAddress> builder)
    {
        builder.ToTable("CaseAddresses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Text).HasMaxLength(400);
        builder.Property(a => a.ConfirmedBy).HasMaxLength(256);
        builder.Property(a => a.CoverageBy).HasMaxLength(256);
        builder.Property(a => a.CoverageNote).HasMaxLength(2000);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(a => a.CaseId);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId);
        builder.HasIndex(a => a.CaseId);
    }
}
