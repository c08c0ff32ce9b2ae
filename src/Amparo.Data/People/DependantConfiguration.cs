using Amparo.Data.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.People;

internal sealed class DependantConfiguration : IEntityTypeConfiguration<Dependant>
{
    public void Configure(EntityTypeBuilder<Dependant> builder)
    {
        builder.ToTable("Dependants");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.FullName).HasMaxLength(200);
        builder.Property(d => d.Relationship).HasMaxLength(100);
        builder.Property(d => d.SupportNetwork).HasMaxLength(1000);
        builder.Property(d => d.Institution).HasMaxLength(200);
        builder.Property(d => d.Notes).HasMaxLength(2000);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(d => d.CaseId);
        builder.HasIndex(d => d.CaseId);
    }
}
