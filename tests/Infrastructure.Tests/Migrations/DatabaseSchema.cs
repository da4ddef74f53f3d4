using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Infrastructure.Tests.Migrations;

/// <summary>
/// The parts of a schema the migration test compares: tables, columns (store type, nullability), primary keys,
/// foreign keys, unique constraints and indexes. Read from a database catalog or from EF's relational model.
/// </summary>
public sealed record DatabaseSchema(IReadOnlyDictionary<string, TableSchema> Tables)
{
    /// <summary>Tables EF's migrator keeps for itself.</summary>
    private static bool IsMigratorTable(string name) => name.StartsWith("__EFMigrations", StringComparison.Ordinal);

    public static DatabaseSchema Of(IRelationalModel model)
    {
        var tables = new SortedDictionary<string, TableSchema>(StringComparer.Ordinal);
        foreach (var table in model.Tables)
        {
            tables[table.Name] = new TableSchema(
                table.Columns.ToDictionary(c => c.Name, c => new ColumnSchema(c.StoreType.ToLowerInvariant(), c.IsNullable), StringComparer.Ordinal),
                table.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? [],
                table.ForeignKeyConstraints.Select(f => ForeignKey(f.Columns.Select(c => c.Name), f.PrincipalTable.Name, f.PrincipalColumns.Select(c => c.Name), OnDelete(f.OnDeleteAction))).ToHashSet(),
                table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()).Select(u => Columns(u.Columns.Select(c => c.Name))).ToHashSet(),
                table.Indexes.Select(i => Index(i.Name, i.Columns.Select(c => c.Name), i.IsUnique)).ToHashSet());
        }
        return new DatabaseSchema(tables);
    }

    public static async Task<DatabaseSchema> ReadSqliteAsync(SqliteConnection connection)
    {
        var tables = new SortedDictionary<string, TableSchema>(StringComparer.Ordinal);
        var names = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));
        foreach (var table in names.Where(n => !IsMigratorTable(n)))
        {
            var columns = await QueryAsync(connection, "SELECT name, type, \"notnull\", pk FROM pragma_table_info($table)",
                r => (Name: r.GetString(0), Type: r.GetString(1), NotNull: r.GetInt64(2) == 1, Pk: r.GetInt32(3)), ("$table", table));
            var foreignKeyRows = await QueryAsync(connection, "SELECT id, seq, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list($table)",
                r => (Id: r.GetInt64(0), Seq: r.GetInt64(1), Principal: r.GetString(2), From: r.GetString(3), To: r.GetString(4), OnDelete: r.GetString(5)), ("$table", table));
            var indexRows = await QueryAsync(connection, "SELECT name, \"unique\", origin FROM pragma_index_list($table)",
                r => (Name: r.GetString(0), Unique: r.GetInt64(1) == 1, Origin: r.GetString(2)), ("$table", table));
            var indexes = new HashSet<string>();
            var uniqueConstraints = new HashSet<string>();
            foreach (var index in indexRows.Where(i => i.Origin != "pk"))
            {
                var indexColumns = await QueryAsync(connection, "SELECT name FROM pragma_index_info($index) ORDER BY seqno", r => r.GetString(0), ("$index", index.Name));
                if (index.Origin == "u") uniqueConstraints.Add(Columns(indexColumns));
                else indexes.Add(Index(index.Name, indexColumns, index.Unique));
            }
            tables[table] = new TableSchema(
                columns.ToDictionary(c => c.Name, c => new ColumnSchema(c.Type.ToLowerInvariant(), !c.NotNull), StringComparer.Ordinal),
                columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name).ToList(),
                foreignKeyRows.GroupBy(f => f.Id)
                    .Select(g => g.OrderBy(f => f.Seq).ToList())
                    .Select(f => ForeignKey(f.Select(x => x.From), f[0].Principal, f.Select(x => x.To), f[0].OnDelete))
                    .ToHashSet(),
                uniqueConstraints,
                indexes);
        }
        return new DatabaseSchema(tables);
    }

    public static async Task<DatabaseSchema> ReadPostgresAsync(NpgsqlConnection connection)
    {
        var tables = new SortedDictionary<string, TableSchema>(StringComparer.Ordinal);
        var tableRows = await QueryAsync(connection,
            "SELECT c.oid::bigint, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')",
            r => (Oid: r.GetInt64(0), Name: r.GetString(1)));
        var columnNames = (await QueryAsync(connection,
                "SELECT c.relname, a.attnum, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND a.attnum > 0",
                r => (Table: r.GetString(0), Number: r.GetInt16(1), Name: r.GetString(2))))
            .ToDictionary(c => (c.Table, c.Number), c => c.Name);
        foreach (var (oid, table) in tableRows.Where(t => !IsMigratorTable(t.Name)))
        {
            var columns = await QueryAsync(connection,
                "SELECT a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull FROM pg_attribute a WHERE a.attrelid = @oid::oid AND a.attnum > 0 AND NOT a.attisdropped",
                r => (Number: r.GetInt16(0), Name: r.GetString(1), Type: r.GetString(2), NotNull: r.GetBoolean(3)), ("oid", oid));
            var names = columns.ToDictionary(c => c.Number, c => c.Name);
            var constraints = await QueryAsync(connection,
                "SELECT c.contype::text, c.conkey, coalesce(p.relname, ''), c.confkey, c.confdeltype::text FROM pg_constraint c LEFT JOIN pg_class p ON p.oid = c.confrelid WHERE c.conrelid = @oid::oid",
                r => (Type: r.GetString(0), Keys: (short[])r.GetValue(1), Principal: r.GetString(2), PrincipalKeys: r.IsDBNull(3) ? [] : (short[])r.GetValue(3), OnDelete: r.GetString(4)),
                ("oid", oid));
            var indexes = await QueryAsync(connection,
                """
                SELECT i.relname, x.indisunique, x.indkey::int2[] FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                WHERE x.indrelid = @oid::oid AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.contype IN ('p', 'u'))
                """,
                r => (Name: r.GetString(0), Unique: r.GetBoolean(1), Keys: (short[])r.GetValue(2)), ("oid", oid));
            tables[table] = new TableSchema(
                columns.ToDictionary(c => c.Name, c => new ColumnSchema(c.Type.ToLowerInvariant(), !c.NotNull), StringComparer.Ordinal),
                constraints.Where(c => c.Type == "p").SelectMany(c => c.Keys.Select(k => names[k])).ToList(),
                constraints.Where(c => c.Type == "f")
                    .Select(c => ForeignKey(c.Keys.Select(k => names[k]), c.Principal, c.PrincipalKeys.Select(k => columnNames[(c.Principal, k)]), PostgresOnDelete(c.OnDelete)))
                    .ToHashSet(),
                constraints.Where(c => c.Type == "u").Select(c => Columns(c.Keys.Select(k => names[k]))).ToHashSet(),
                indexes.Select(i => Index(i.Name, i.Keys.Select(k => names[k]), i.Unique)).ToHashSet());
        }
        return new DatabaseSchema(tables);
    }

    /// <summary>Every difference between this schema (what the model expects) and <paramref name="actual"/>, one per line.</summary>
    public IReadOnlyList<string> DifferencesFrom(DatabaseSchema actual)
    {
        var differences = new List<string>();
        foreach (var name in Tables.Keys.Except(actual.Tables.Keys))
            differences.Add($"table {name}: in the model, missing from the database");
        foreach (var name in actual.Tables.Keys.Except(Tables.Keys))
            differences.Add($"table {name}: in the database, not in the model");
        foreach (var name in Tables.Keys.Intersect(actual.Tables.Keys))
        {
            var (expected, found) = (Tables[name], actual.Tables[name]);
            foreach (var column in expected.Columns.Keys.Union(found.Columns.Keys).Order(StringComparer.Ordinal))
            {
                var e = expected.Columns.GetValueOrDefault(column);
                var f = found.Columns.GetValueOrDefault(column);
                if (e != f)
                    differences.Add($"column {name}.{column}: model {Describe(e)}, database {Describe(f)}");
            }
            if (!expected.PrimaryKey.SequenceEqual(found.PrimaryKey))
                differences.Add($"primary key of {name}: model {Columns(expected.PrimaryKey)}, database {Columns(found.PrimaryKey)}");
            Compare(differences, name, "foreign key", expected.ForeignKeys, found.ForeignKeys);
            Compare(differences, name, "unique constraint", expected.UniqueConstraints, found.UniqueConstraints);
            Compare(differences, name, "index", expected.Indexes, found.Indexes);
        }
        return differences;
    }

    private static void Compare(List<string> differences, string table, string kind, IReadOnlySet<string> expected, IReadOnlySet<string> found)
    {
        differences.AddRange(expected.Except(found).Order(StringComparer.Ordinal).Select(x => $"{kind} of {table} {x}: in the model, missing from the database"));
        differences.AddRange(found.Except(expected).Order(StringComparer.Ordinal).Select(x => $"{kind} of {table} {x}: in the database, not in the model"));
    }

    private static string Describe(ColumnSchema? column) => column is null ? "(none)" : $"{column.Type} {(column.Nullable ? "NULL" : "NOT NULL")}";

    private static string Columns(IEnumerable<string> columns) => $"({string.Join(", ", columns)})";

    private static string ForeignKey(IEnumerable<string> columns, string principal, IEnumerable<string> principalColumns, string onDelete) =>
        $"{Columns(columns)} -> {principal}{Columns(principalColumns)} ON DELETE {onDelete}";

    private static string Index(string name, IEnumerable<string> columns, bool unique) => $"{name} {Columns(columns)}{(unique ? " UNIQUE" : "")}";

    private static string OnDelete(ReferentialAction action) => action switch
    {
        ReferentialAction.Cascade => "CASCADE",
        ReferentialAction.SetNull => "SET NULL",
        ReferentialAction.Restrict => "RESTRICT",
        ReferentialAction.SetDefault => "SET DEFAULT",
        _ => "NO ACTION",
    };

    private static string PostgresOnDelete(string code) => code switch
    {
        "c" => "CASCADE",
        "n" => "SET NULL",
        "r" => "RESTRICT",
        "d" => "SET DEFAULT",
        _ => "NO ACTION",
    };

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(read(reader));
        return rows;
    }
}

public sealed record TableSchema(
    IReadOnlyDictionary<string, ColumnSchema> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlySet<string> ForeignKeys,
    IReadOnlySet<string> UniqueConstraints,
    IReadOnlySet<string> Indexes);

public sealed record ColumnSchema(string Type, bool Nullable);
