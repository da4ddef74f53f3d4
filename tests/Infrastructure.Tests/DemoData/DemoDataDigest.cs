using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Infrastructure.Tests.DemoData;

/// <summary>
/// A fingerprint of everything the demo seeders wrote, table by table, that two runs must share. Ids are
/// Guid v7 (time and randomness), so every Guid is blanked; hashes over ids (the access log's chain) and
/// encrypted values are left out; the Identity tables, API clients and job tables belong to other seeding.
/// </summary>
public static partial class DemoDataDigest
{
    private static readonly string[] SkippedTables = ["AspNet", "ApiClients", "__EFMigrations", "sqlite_", "QRTZ", "Qrtz", "qrtz"];

    private static readonly string[] SkippedColumns = ["Hash", "Protected", "Stamp"];

    public static async Task<SortedDictionary<string, string>> OfAsync(string connectionString)
    {
        var digest = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables.Where(t => !SkippedTables.Any(s => t.StartsWith(s, StringComparison.Ordinal))))
        {
            var rows = new List<string>();
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var columns = Enumerable.Range(0, reader.FieldCount)
                .Where(i => !SkippedColumns.Any(s => reader.GetName(i).Contains(s, StringComparison.Ordinal))).ToList();
            while (await reader.ReadAsync())
                rows.Add(string.Join('|', columns.Select(i => GuidPattern().Replace(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "", "#"))));
            rows.Sort(StringComparer.Ordinal);
            digest[table] = $"{rows.Count} rows, sha256 {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows))))}";
        }
        return digest;
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
