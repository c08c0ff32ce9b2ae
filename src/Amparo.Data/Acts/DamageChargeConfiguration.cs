using Amparo.Data.Cases;
using Amparo.Data.Devices;
using Amparo.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Acts;

internal sealed class DamageChargeConfiguration : IEntityTypeConfiguration<DamageCharge>
{
    public void Configure(EntityTypeBuilder<DamageCharge> builder)
    {
        builder.ToTable("DamageCharges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.EstimatedCost).HasPrecision(12, 2);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.SettledBy).HasMaxLength(256);
        builder.Property(c => c.SettlementNote).HasMaxLength(2000);
        builder.Property(c => c.Status).IsConcurrencyToken();
        builder.HasOne<FieldAct>().WithMany().HasForeignKey(c => c.ActId);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(c => c.CaseId);
        builder.HasOne<Device>().WithMany().HasForeignKey(c => c.DeviceId);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId);
        builder.HasIndex(c => c.CaseId);
    }
}
