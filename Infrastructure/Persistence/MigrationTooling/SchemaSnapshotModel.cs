using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Housing.Infrastructure.Persistence.MigrationTooling;

/// <summary>
/// Rebuilds a model from a <see cref="SchemaSnapshot"/>: one shadow entity type per table, every facet set
/// explicitly (the builder has no conventions), so its relational model is the schema the snapshot describes.
/// Migrations use it as their target model and the scaffolder diffs the current model against it.
/// </summary>
public static class SchemaSnapshotModel
{
    public static void Build(ModelBuilder modelBuilder, SchemaSnapshot snapshot)
    {
        foreach (var annotation in snapshot.ModelAnnotations)
            modelBuilder.HasAnnotation(annotation.Name, annotation.Restore());
        foreach (var table in snapshot.Tables)
            modelBuilder.Entity(EntityName(table.Name, table.Schema), entity => BuildTable(entity, table));
        foreach (var table in snapshot.Tables)
        {
            var entity = modelBuilder.Entity(EntityName(table.Name, table.Schema));
            foreach (var foreignKey in table.ForeignKeys)
                BuildForeignKey(entity, table, foreignKey, snapshot);
        }
    }

    private static string EntityName(string table, string? schema) => schema is null ? table : $"{schema}.{table}";

    private static void BuildTable(EntityTypeBuilder entity, TableSnapshot table)
    {
        entity.ToTable(table.Name, table.Schema, t =>
        {
            if (table.Comment is not null)
                t.HasComment(table.Comment);
            foreach (var check in table.CheckConstraints)
                t.HasCheckConstraint(check.Name, check.Sql);
        });
        foreach (var annotation in table.Annotations)
            entity.HasAnnotation(annotation.Name, annotation.Restore());
        foreach (var column in table.Columns)
            BuildColumn(entity, column);
        if (table.PrimaryKey is { } primaryKey)
            entity.HasKey([.. primaryKey.Columns]).HasName(primaryKey.Name);
        foreach (var unique in table.UniqueConstraints)
            entity.HasAlternateKey([.. unique.Columns]).HasName(unique.Name);
        foreach (var index in table.Indexes)
        {
            var builder = entity.HasIndex([.. index.Columns], index.Name).HasDatabaseName(index.Name).IsUnique(index.Unique);
            if (index.Filter is not null)
                builder.HasFilter(index.Filter);
            if (index.Descending is not null)
                builder.IsDescending([.. index.Descending]);
        }
    }

    private static void BuildColumn(EntityTypeBuilder entity, ColumnSnapshot column)
    {
        var clrType = Type.GetType(column.ClrType, throwOnError: true)!;
        if (column.Nullable && clrType.IsValueType)
            clrType = typeof(Nullable<>).MakeGenericType(clrType);
        var property = entity.Property(clrType, column.Name)
            .HasColumnName(column.Name)
            .HasColumnType(column.StoreType)
            .IsRequired(!column.Nullable);
        if (column.MaxLength is { } maxLength) property.HasMaxLength(maxLength);
        if (column.Unicode is { } unicode) property.IsUnicode(unicode);
        if (column.FixedLength is { } fixedLength) property.IsFixedLength(fixedLength);
        if (column.Precision is { } precision)
        {
            if (column.Scale is { } scale) property.HasPrecision(precision, scale);
            else property.HasPrecision(precision);
        }
        if (column.DefaultValueSql is not null) property.HasDefaultValueSql(column.DefaultValueSql);
        if (column.DefaultValue is not null) property.HasDefaultValue(column.DefaultValue.Restore());
        if (column.ComputedColumnSql is not null) property.HasComputedColumnSql(column.ComputedColumnSql, column.Stored);
        if (column.Collation is not null) property.UseCollation(column.Collation);
        if (column.Comment is not null) property.HasComment(column.Comment);
        property.Metadata.ValueGenerated = column.ValueGenerated;
        foreach (var annotation in column.Annotations)
            property.HasAnnotation(annotation.Name, annotation.Restore());
    }

    private static void BuildForeignKey(EntityTypeBuilder entity, TableSnapshot table, ForeignKeySnapshot foreignKey, SchemaSnapshot snapshot)
    {
        var principal = snapshot.Tables.Single(t => t.Name == foreignKey.PrincipalTable && t.Schema == foreignKey.PrincipalSchema);
        var optional = foreignKey.Columns.Any(name => table.Columns.Single(c => c.Name == name).Nullable);
        var relationship = entity.HasOne(EntityName(principal.Name, principal.Schema), null).WithMany().HasForeignKey([.. foreignKey.Columns]);
        if (principal.PrimaryKey is null || !principal.PrimaryKey.Columns.SequenceEqual(foreignKey.PrincipalColumns))
            relationship.HasPrincipalKey([.. foreignKey.PrincipalColumns]);
        relationship
            .OnDelete(DeleteBehaviorOf(foreignKey.OnDelete))
            .HasConstraintName(foreignKey.Name)
            .IsRequired(!optional);
    }

    private static DeleteBehavior DeleteBehaviorOf(ReferentialAction action) => action switch
    {
        ReferentialAction.Cascade => DeleteBehavior.Cascade,
        ReferentialAction.SetNull => DeleteBehavior.SetNull,
        ReferentialAction.Restrict => DeleteBehavior.Restrict,
        ReferentialAction.NoAction => DeleteBehavior.NoAction,
        _ => throw new NotSupportedException($"ON DELETE {action} cannot be expressed in an EF model; use Cascade, SetNull, Restrict or NoAction."),
    };
}
