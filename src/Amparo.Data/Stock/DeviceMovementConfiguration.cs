using Amparo.Data.Acts;
using Amparo.Data.Cases;
using Amparo.Data.Devices;
using Amparo.Data.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Stock;

internal sealed class DeviceMovementConfiguration : IEntityTypeConfiguration<DeviceMovement>
{
    public void Configure(EntityTypeBuilder<DeviceMovement> builder)
    {
        builder.ToTable("DeviceMovements");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.By).HasMaxLength(256);
        builder.Property(m => m.Note).HasMaxLength(2000);
        builder.HasOne<Device>().WithMany().HasForeignKey(m => m.DeviceId);
        builder.HasOne<Institution>().WithMany().HasForeignKey(m => m.FromInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(m => m.ToInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(m => m.CaseId);
        builder.HasOne<FieldAct>().WithMany().HasForeignKey(m => m.ActId);
        builder.HasIndex(m => new { m.DeviceId, m.At });
    }
}
