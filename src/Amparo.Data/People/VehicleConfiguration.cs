using Amparo.Data.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.People;

internal sealed class VehicleConfiguration : IEntityTypeConfiguration<Vehicle>
{
    public void Configure(EntityTypeBuilder<Vehicle> builder)
    {
        builder.ToTable("Vehicles");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Plate).HasMaxLength(20);
        builder.Property(v => v.Description).HasMaxLength(200);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(v => v.CaseId);
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.PersonId);
        builder.HasIndex(v => v.CaseId);
        builder.HasIndex(v => v.Plate);
    }
}
