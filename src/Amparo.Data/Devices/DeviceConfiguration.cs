using Amparo.Data.Cases;
using Amparo.Data.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Devices;

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    public void Configure(EntityTypeBuilder<Device> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.UniqueId).HasMaxLength(64);
        builder.HasIndex(d => d.UniqueId).IsUnique();
        builder.Property(d => d.Model).HasMaxLength(100);
        // Two acts or movements on one device at once: the second finds the status or custodian changed and is refused.
        builder.Property(d => d.StockStatus).IsConcurrencyToken();
        builder.Property(d => d.CustodianId).IsConcurrencyToken();
        builder.HasOne<Institution>().WithMany().HasForeignKey(d => d.CustodianId);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(d => d.ReservedCaseId);
        builder.HasIndex(d => new { d.CustodianId, d.StockStatus });
    }
}
