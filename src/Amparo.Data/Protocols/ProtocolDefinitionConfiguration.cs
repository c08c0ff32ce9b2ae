using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Protocols;

internal sealed class ProtocolDefinitionConfiguration : IEntityTypeConfiguration<ProtocolDefinition>
{
    public void Configure(EntityTypeBuilder<ProtocolDefinition> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.Type).IsUnique();
        builder.Property(p => p.UpdatedBy).HasMaxLength(256);
    }
}
