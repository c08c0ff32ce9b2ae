using Amparo.Data.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Acts;

internal sealed class ActPhotoConfiguration : IEntityTypeConfiguration<ActPhoto>
{
    public void Configure(EntityTypeBuilder<ActPhoto> builder)
    {
        builder.ToTable("ActPhotos");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Caption).HasMaxLength(500);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(p => p.FileId);
        builder.HasIndex(p => p.FileId);
    }
}
