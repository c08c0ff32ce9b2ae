using Amparo.Data.Devices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Acts;

internal sealed class FieldActDeviceConfiguration : IEntityTypeConfiguration<FieldActDevice>
{
    public void Configure(EntityTypeBuilder<FieldActDevice> builder)
    {
        builder.ToTable("FieldActDevices");
        builder.HasKey(d => d.Id);
        builder.HasOne<Device>().WithMany().HasForeignKey(d => d.DeviceId);
        builder.HasOne<DeviceAssignment>().WithMany().HasForeignKey(d => d.AssignmentId);
        builder.HasIndex(d => d.DeviceId);
    }
}
