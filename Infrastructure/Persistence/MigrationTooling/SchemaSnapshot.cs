using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Housing.Infrastructure.Persistence.MigrationTooling;

/// <summary>
/// The relational schema a migration leaves behind (tables, columns with store types, keys, foreign keys,
/// indexes, and the provider annotations that shape DDL), stored as JSON in each migration's designer file.
/// It plays the part of EF's model snapshot: the next migration is the difference between the newest
/// snapshot and the current model, computed by EF's own <see cref="IMigrationsModelDiffer"/>.
/// </summary>
public sealed record SchemaSnapshot(IReadOnlyList<AnnotationSnapshot> ModelAnnotations, IReadOnlyList<TableSnapshot> Tables)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SchemaSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<SchemaSnapshot>(json, Json) ?? throw new InvalidOperationException("The schema snapshot is empty.");

    /// <summary>Describes the relational model of a design-time model (the one migrations are computed from).</summary>
    public static SchemaSnapshot Of(IModel designTimeModel)
    {
        var relational = designTimeModel.GetRelationalModel();
        var tables = relational.Tables
            .OrderBy(t => t.Schema, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(DescribeTable)
            .ToList();
        return new SchemaSnapshot(ProviderAnnotations(designTimeModel.GetAnnotations()), tables);
    }

    private static TableSnapshot DescribeTable(ITable table)
    {
        var columns = table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(DescribeColumn).ToList();
        var primaryKey = table.PrimaryKey is { } pk ? new KeySnapshot(pk.Name, pk.Columns.Select(c => c.Name).ToList()) : null;
        var uniqueConstraints = table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey())
            .OrderBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new KeySnapshot(u.Name, u.Columns.Select(c => c.Name).ToList()))
            .ToList();
        var foreignKeys = table.ForeignKeyConstraints.OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new ForeignKeySnapshot(
                f.Name,
                f.Columns.Select(c => c.Name).ToList(),
                f.PrincipalTable.Name,
                f.PrincipalTable.Schema,
                f.PrincipalColumns.Select(c => c.Name).ToList(),
                f.OnDeleteAction))
            .ToList();
        var indexes = table.Indexes.OrderBy(i => i.Name, StringComparer.Ordinal)
            .Select(i => new IndexSnapshot(i.Name, i.Columns.Select(c => c.Name).ToList(), i.IsUnique, i.Filter, i.IsDescending?.ToList()))
            .ToList();
        var checks = table.CheckConstraints.OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new CheckSnapshot(c.Name!, c.Sql))
            .ToList();
        var annotations = ProviderAnnotations(table.EntityTypeMappings.SelectMany(m => m.TypeBase.GetAnnotations()));
        return new TableSnapshot(table.Name, table.Schema, table.Comment, columns, primaryKey, uniqueConstraints, foreignKeys, indexes, checks, annotations);
    }

    private static ColumnSnapshot DescribeColumn(IColumn column)
    {
        var property = column.PropertyMappings.FirstOrDefault()?.Property
                       ?? throw new InvalidOperationException($"Column {column.Table.Name}.{column.Name} maps no property; the snapshot cannot describe it.");
        return new ColumnSnapshot(
            column.Name,
            TypeName(column.ProviderClrType),
            column.StoreType,
            column.IsNullable,
            column.MaxLength,
            column.IsUnicode,
            column.IsFixedLength,
            column.Precision,
            column.Scale,
            column.DefaultValueSql,
            column.DefaultValue is null ? null : AnnotationSnapshot.ValueOf("DefaultValue", column.DefaultValue),
            column.ComputedColumnSql,
            column.IsStored,
            column.Collation,
            column.Comment,
            property.ValueGenerated,
            ProviderAnnotations(column.PropertyMappings.SelectMany(m => m.Property.GetAnnotations())));
    }

    /// <summary>Annotations of the provider (<c>Sqlite:</c>, <c>Npgsql:</c>) that change generated DDL; relational facets are stored as fields.</summary>
    private static List<AnnotationSnapshot> ProviderAnnotations(IEnumerable<Microsoft.EntityFrameworkCore.Infrastructure.IAnnotation> annotations) =>
        annotations
            .Where(a => a.Value is not null && (a.Name.StartsWith("Sqlite:", StringComparison.Ordinal) || a.Name.StartsWith("Npgsql:", StringComparison.Ordinal)))
            .GroupBy(a => a.Name, StringComparer.Ordinal)
            .Select(g => AnnotationSnapshot.ValueOf(g.Key, g.First().Value!))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();

    internal static string TypeName(Type type) => type.AssemblyQualifiedName is { } name && type.Assembly == typeof(object).Assembly
        ? type.FullName!
        : $"{type.FullName}, {type.Assembly.GetName().Name}";
}

public sealed record TableSnapshot(
    string Name,
    string? Schema,
    string? Comment,
    IReadOnlyList<ColumnSnapshot> Columns,
    KeySnapshot? PrimaryKey,
    IReadOnlyList<KeySnapshot> UniqueConstraints,
    IReadOnlyList<ForeignKeySnapshot> ForeignKeys,
    IReadOnlyList<IndexSnapshot> Indexes,
    IReadOnlyList<CheckSnapshot> CheckConstraints,
    IReadOnlyList<AnnotationSnapshot> Annotations);

public sealed record ColumnSnapshot(
    string Name,
    string ClrType,
    string StoreType,
    bool Nullable,
    int? MaxLength,
    bool? Unicode,
    bool? FixedLength,
    int? Precision,
    int? Scale,
    string? DefaultValueSql,
    AnnotationSnapshot? DefaultValue,
    string? ComputedColumnSql,
    bool? Stored,
    string? Collation,
    string? Comment,
    ValueGenerated ValueGenerated,
    IReadOnlyList<AnnotationSnapshot> Annotations);

public sealed record KeySnapshot(string Name, IReadOnlyList<string> Columns);

public sealed record ForeignKeySnapshot(
    string Name,
    IReadOnlyList<string> Columns,
    string PrincipalTable,
    string? PrincipalSchema,
    IReadOnlyList<string> PrincipalColumns,
    ReferentialAction OnDelete);

public sealed record IndexSnapshot(string Name, IReadOnlyList<string> Columns, bool Unique, string? Filter, IReadOnlyList<bool>? Descending);

public sealed record CheckSnapshot(string Name, string Sql);

/// <summary>A named value with its type, so that enum and numeric annotations come back as what they were.</summary>
public sealed record AnnotationSnapshot(string Name, string Type, string Value)
{
    public static AnnotationSnapshot ValueOf(string name, object value) =>
        new(name, SchemaSnapshot.TypeName(value.GetType()), Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");

    public object Restore()
    {
        var type = System.Type.GetType(Type, throwOnError: true)!;
        return type.IsEnum
            ? Enum.Parse(type, Value)
            : TypeDescriptor.GetConverter(type).ConvertFromInvariantString(Value)
              ?? throw new InvalidOperationException($"Annotation {Name} has no value.");
    }
}
