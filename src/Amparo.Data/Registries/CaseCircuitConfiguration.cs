using Amparo.Data.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Registries;

internal sealed class CaseCircuitConfiguration : IEntityTypeConfiguration<CaseCircuit>
{
    public void Configure(EntityTypeBuilder<CaseCircuit> builder)
    {
        builder.ToTable("CaseCircuits");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.RegisteredBy).HasMaxLength(256);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(c => c.CaseId);
        builder.HasIndex(c => new { c.CaseId, c.Circuit }).IsUnique();
        builder.HasIndex(c => new { c.Circuit, c.RegisteredAt });
    }
}
