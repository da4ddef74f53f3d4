using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using static Housing.Infrastructure.Persistence.MigrationTooling.CSharpLiteral;

namespace Housing.Infrastructure.Persistence.MigrationTooling;

/// <summary>
/// Writes migration operations as the <see cref="MigrationBuilder"/> calls of a hand-written migration,
/// with explicit column types and the provider annotations, so a migration reads like EF's own.
/// </summary>
public static class MigrationCodeWriter
{
    public static string Write(IEnumerable<MigrationOperation> operations)
    {
        var code = new StringBuilder();
        var first = true;
        foreach (var operation in operations)
        {
            if (!first) code.AppendLine();
            first = false;
            code.Append(Statement(operation)).AppendLine(";");
        }
        return code.ToString();
    }

    private static string Statement(MigrationOperation operation) => operation switch
    {
        EnsureSchemaOperation o => $"migrationBuilder.EnsureSchema(name: {String(o.Name)})",
        CreateTableOperation o => CreateTable(o),
        DropTableOperation o => $"migrationBuilder.DropTable({Args(("name", String(o.Name)), ("schema", Optional(o.Schema)))})",
        RenameTableOperation o => $"migrationBuilder.RenameTable({Args(("name", String(o.Name)), ("schema", Optional(o.Schema)), ("newName", Optional(o.NewName)), ("newSchema", Optional(o.NewSchema)))})",
        AlterTableOperation o => $"migrationBuilder.AlterTable({Args(("name", String(o.Name)), ("schema", Optional(o.Schema)), ("comment", Optional(o.Comment)), ("oldComment", Optional(o.OldTable.Comment)))})"
            + Annotations(o, ".Annotation") + Annotations(o.OldTable, ".OldAnnotation"),
        AddColumnOperation o => $"migrationBuilder.AddColumn<{TypeName(o.ClrType)}>({Args([("name", String(o.Name)), ("table", String(o.Table)), ("schema", Optional(o.Schema)), .. ColumnFacets(o)])})"
            + Annotations(o, ".Annotation"),
        DropColumnOperation o => $"migrationBuilder.DropColumn({Args(("name", String(o.Name)), ("table", String(o.Table)), ("schema", Optional(o.Schema)))})",
        RenameColumnOperation o => $"migrationBuilder.RenameColumn({Args(("name", String(o.Name)), ("table", String(o.Table)), ("schema", Optional(o.Schema)), ("newName", String(o.NewName)))})",
        AlterColumnOperation o => AlterColumn(o),
        AddPrimaryKeyOperation o => $"migrationBuilder.AddPrimaryKey({Args(("name", String(o.Name)), ("table", String(o.Table)), ("schema", Optional(o.Schema)), ("columns", Strings(o.Columns)))})",
        DropPrimaryKeyOperation o => $"migrationBuilder.DropPrimaryKey({Args(("name", String(o.Name)), ("table", String(o.Table)), ("schema", Optional(o.Schema)))})",
        AddUniqueConstraintOperation o => $"migrationBuilder.AddUniqueConstraint({Args(("name", String(o.Name)), ("table", String(o.Table)), ("schema", Optional(o.Schema)), ("columns", Strings(o.Columns)))})",
        DropUniqueConstraintOperation o => $"migrationBuilder.DropUniqueConstraint({Args(("name", String(o.Name)), ("table", String(o.Table)), ("schema", Optional(o.Schema)))})",
        AddCheckConstraintOperation o => $"migrationBuilder.AddCheckConstraint({Args(("name", String(o.Name)), ("table", String(o.Table)), ("schema", Optional(o.Schema)), ("sql", String(o.Sql)))})",
        DropCheckConstraintOperation o => $"migrationBuilder.DropCheckConstraint({Args(("name", String(o.Name)), ("table", String(o.Table)), ("schema", Optional(o.Schema)))})",
        AddForeignKeyOperation o => $"migrationBuilder.AddForeignKey({Args(("name", String(o.Name)), ("table", String(o.Table)), ("schema", Optional(o.Schema)), ("columns", Strings(o.Columns)), ("principalTable", String(o.PrincipalTable)), ("principalSchema", Optional(o.PrincipalSchema)), ("principalColumns", Strings(o.PrincipalColumns ?? [])), ("onUpdate", Action(o.OnUpdate)), ("onDelete", Action(o.OnDelete)))})",
        DropForeignKeyOperation o => $"migrationBuilder.DropForeignKey({Args(("name", String(o.Name)), ("table", String(o.Table)), ("schema", Optional(o.Schema)))})",
        CreateIndexOperation o => $"migrationBuilder.CreateIndex({Args(("name", String(o.Name)), ("table", String(o.Table)), ("schema", Optional(o.Schema)), ("columns", Strings(o.Columns)), ("unique", o.IsUnique ? "true" : null), ("filter", Optional(o.Filter)), ("descending", o.IsDescending is null ? null : Value(o.IsDescending)))})"
            + Annotations(o, ".Annotation"),
        DropIndexOperation o => $"migrationBuilder.DropIndex({Args(("name", String(o.Name)), ("table", Optional(o.Table)), ("schema", Optional(o.Schema)))})",
        RenameIndexOperation o => $"migrationBuilder.RenameIndex({Args(("name", String(o.Name)), ("table", Optional(o.Table)), ("schema", Optional(o.Schema)), ("newName", String(o.NewName)))})",
        AlterDatabaseOperation o => "migrationBuilder.AlterDatabase()" + Annotations(o, ".Annotation") + Annotations(o.OldDatabase, ".OldAnnotation"),
        SqlOperation o => $"migrationBuilder.Sql({String(o.Sql)}{(o.SuppressTransaction ? ", suppressTransaction: true" : "")})",
        _ => throw new NotSupportedException(
            $"The migration scaffolder does not write {operation.GetType().Name}; add it to {nameof(MigrationCodeWriter)} or write that step by hand."),
    };

    private static string CreateTable(CreateTableOperation table)
    {
        var code = new StringBuilder();
        code.AppendLine("migrationBuilder.CreateTable(");
        code.AppendLine($"    name: {String(table.Name)},");
        if (table.Schema is not null)
            code.AppendLine($"    schema: {String(table.Schema)},");
        if (table.Comment is not null)
            code.AppendLine($"    comment: {String(table.Comment)},");
        code.AppendLine("    columns: table => new");
        code.AppendLine("    {");
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            var member = Identifier(column.Name, out var exact);
            members[column.Name] = member;
            var facets = ColumnFacets(column).ToList();
            if (!exact) facets.Insert(0, ("name", String(column.Name)));
            code.Append($"        {member} = table.Column<{TypeName(column.ClrType)}>({Args([.. facets])})");
            code.Append(Annotations(column, "\n            .Annotation"));
            code.AppendLine(",");
        }
        code.AppendLine("    },");
        code.AppendLine("    constraints: table =>");
        code.AppendLine("    {");
        if (table.PrimaryKey is { } primaryKey)
            code.AppendLine($"        table.PrimaryKey({String(primaryKey.Name)}, {Columns(primaryKey.Columns, members)});");
        foreach (var unique in table.UniqueConstraints)
            code.AppendLine($"        table.UniqueConstraint({String(unique.Name)}, {Columns(unique.Columns, members)});");
        foreach (var check in table.CheckConstraints)
            code.AppendLine($"        table.CheckConstraint({String(check.Name)}, {String(check.Sql)});");
        foreach (var foreignKey in table.ForeignKeys)
        {
            var principal = foreignKey.PrincipalColumns is [var single]
                ? ("principalColumn", String(single))
                : ("principalColumns", Strings(foreignKey.PrincipalColumns ?? []));
            code.AppendLine($"        table.ForeignKey({Args(
                ("name", String(foreignKey.Name)),
                (foreignKey.Columns.Length == 1 ? "column" : "columns", Columns(foreignKey.Columns, members)),
                ("principalTable", String(foreignKey.PrincipalTable)),
                ("principalSchema", Optional(foreignKey.PrincipalSchema)),
                principal,
                ("onUpdate", Action(foreignKey.OnUpdate)),
                ("onDelete", Action(foreignKey.OnDelete)))});");
        }
        code.Append("    })");
        code.Append(Annotations(table, "\n    .Annotation"));
        return code.ToString();
    }

    private static string AlterColumn(AlterColumnOperation o)
    {
        var old = o.OldColumn;
        var oldFacets = ColumnFacets(old).Select(f => ("old" + char.ToUpperInvariant(f.Name[0]) + f.Name[1..], f.Value));
        return $"migrationBuilder.AlterColumn<{TypeName(o.ClrType)}>({Args([("name", String(o.Name)), ("table", String(o.Table)), ("schema", Optional(o.Schema)), .. ColumnFacets(o), ("oldClrType", $"typeof({TypeName(old.ClrType)})"), .. oldFacets])})"
            + Annotations(o, ".Annotation") + Annotations(old, ".OldAnnotation");
    }

    private static IEnumerable<(string Name, string? Value)> ColumnFacets(ColumnOperation column) =>
    [
        ("type", Optional(column.ColumnType)),
        ("unicode", column.IsUnicode is { } unicode ? Value(unicode) : null),
        ("fixedLength", column.IsFixedLength is { } fixedLength ? Value(fixedLength) : null),
        ("maxLength", column.MaxLength is { } maxLength ? Value(maxLength) : null),
        ("precision", column.Precision is { } precision ? Value(precision) : null),
        ("scale", column.Scale is { } scale ? Value(scale) : null),
        ("rowVersion", column.IsRowVersion ? "true" : null),
        ("nullable", Value(column.IsNullable)),
        ("defaultValue", column.DefaultValue is null ? null : Value(column.DefaultValue)),
        ("defaultValueSql", Optional(column.DefaultValueSql)),
        ("computedColumnSql", Optional(column.ComputedColumnSql)),
        ("stored", column.IsStored is { } stored ? Value(stored) : null),
        ("comment", Optional(column.Comment)),
        ("collation", Optional(column.Collation)),
    ];

    private static string Columns(IReadOnlyList<string> columns, Dictionary<string, string> members) => columns.Count == 1
        ? $"x => x.{members[columns[0]]}"
        : $"x => new {{ {string.Join(", ", columns.Select(c => "x." + members[c]))} }}";

    private static string Args(params (string Name, string? Value)[] arguments) =>
        string.Join(", ", arguments.Where(a => a.Value is not null).Select(a => $"{a.Name}: {a.Value}"));

    private static string? Optional(string? text) => text is null ? null : String(text);

    private static string? Action(ReferentialAction action) =>
        action == ReferentialAction.NoAction ? null : $"ReferentialAction.{action}";

    private static string Annotations(IAnnotatable annotatable, string call) =>
        string.Concat(annotatable.GetAnnotations()
            .Where(a => a.Value is not null)
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => $"{call}({String(a.Name)}, {Value(a.Value)})"));
}
