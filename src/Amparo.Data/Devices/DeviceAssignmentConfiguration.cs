using Amparo.Data.Cases;
using Amparo.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Devices;

internal sealed class DeviceAssignmentConfiguration : IEntityTypeConfiguration<DeviceAssignment>
{
    public void Configure(EntityTypeBuilder<DeviceAssignment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasOne<Device>().WithMany().HasForeignKey(a => a.DeviceId);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(a => a.CaseId);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId);
        builder.HasIndex(a => new { a.DeviceId, a.RemovedAt });
        // A device is worn by one party at a time: a second open assignment of it cannot be stored.
        builder.HasIndex(a => a.DeviceId).IsUnique().HasFilter("\"RemovedAt\" IS NULL").HasDatabaseName("IX_DeviceAssignments_DeviceId_Open");
    }
}
