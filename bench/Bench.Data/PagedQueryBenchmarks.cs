using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Bench.Data;

/// <summary>
/// A filtered, sorted, paged query over 100,000 complexes in SQLite, through the GraphQL engine and written by hand in EF Core,
/// each from a fresh context to a JSON response: one page, and one page with a page of each complex's disclosures.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PagedQueryBenchmarks
{
    private const int PageSize = 20;
    private const int DisclosurePageSize = 2;
    private const int MinUnits = 1500;
    private const string NamePart = "77";

    public const string PageQuery =
        "{ complexes(first: 20, where: { units: { gte: 1500 }, name: { contains: \"77\" } }, order: [{ priceKrw: DESC }]) {"
        + " nodes { id name units priceKrw } pageInfo { hasNextPage endCursor } } }";

    public const string NestedQuery =
        "{ complexes(first: 20, where: { units: { gte: 1500 }, name: { contains: \"77\" } }, order: [{ priceKrw: DESC }]) {"
        + " nodes { id name disclosures(first: 2, order: [{ amountKrw: DESC }]) { nodes { title amountKrw } pageInfo { hasNextPage } } }"
        + " pageInfo { hasNextPage endCursor } } }";

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private BenchDatabase _database = null!;
    private RequestExecutor _executor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _database = new BenchDatabase();
        _executor = Executor(_database);
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [BenchmarkCategory("page"), Benchmark(Baseline = true, Description = "page: EF Core by hand")]
    public Task<int> PageByHand() => PageByHandAsync(_database, _buffer);

    [BenchmarkCategory("page"), Benchmark(Description = "page: GraphQL")]
    public Task<int> PageGraphQL() => GraphQLAsync(_executor, _database, PageQuery, _buffer);

    [BenchmarkCategory("nested"), Benchmark(Baseline = true, Description = "page + nested pages: EF Core by hand, two queries")]
    public Task<int> NestedByHand() => NestedByHandAsync(_database, _buffer);

    [BenchmarkCategory("nested"), Benchmark(Description = "page + nested pages: EF Core by hand, one projection")]
    public Task<int> NestedByProjection() => NestedByProjectionAsync(_database, _buffer);

    [BenchmarkCategory("nested"), Benchmark(Description = "page + nested pages: GraphQL")]
    public Task<int> NestedGraphQL() => GraphQLAsync(_executor, _database, NestedQuery, _buffer);

    /// <summary>Runs each query once and shows that both ways answer the same, and how many statements each took.</summary>
    public static async Task CheckAsync(TextWriter output)
    {
        using var database = new BenchDatabase();
        var executor = Executor(database);
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var (name, byHand, query) in new (string, Func<BenchDatabase, ArrayBufferWriter<byte>, Task<int>>, string)[]
        {
            ("page", PageByHandAsync, PageQuery),
            ("nested", NestedByHandAsync, NestedQuery),
            ("nested, one projection", NestedByProjectionAsync, NestedQuery),
        })
        {
            var before = database.Statements.Count;
            buffer.ResetWrittenCount();
            await byHand(database, buffer);
            var handJson = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
            var handStatements = database.Statements.Count - before;

            before = database.Statements.Count;
            buffer.ResetWrittenCount();
            await GraphQLAsync(executor, database, query, buffer);
            var graphQLJson = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
            var graphQLStatements = database.Statements.Count - before;

            output.WriteLine(name + ": by hand " + handStatements + " statement(s), GraphQL " + graphQLStatements + "; same answer: " + (handJson == graphQLJson));
            output.WriteLine("  " + graphQLJson[..Math.Min(300, graphQLJson.Length)] + "…");
            if (handJson != graphQLJson)
            {
                output.WriteLine("  by hand: " + handJson[..Math.Min(300, handJson.Length)] + "…");
                Environment.ExitCode = 1;
            }
        }
    }

    public static RequestExecutor Executor(BenchDatabase database) => new(new SchemaBuilder()
        .AddQueryType(query => query.Field("complexes")
            .UsePaging<Complex, int>(c => c.Id)
            .UseFiltering<Complex>()
            .UseSorting<Complex>()
            .Resolve(context => ReadContexts.Of(context).Open().Complexes))
        .AddObjectType<Complex>(type => type.Field(c => c.Disclosures)
            .UsePaging<Complex, Disclosure, int>(c => c.Id, d => d.ComplexId, d => d.Id)
            .UseSorting<Disclosure>()
            .Resolve(context => ReadContexts.Of(context).Open().Disclosures))
        .Build());

    internal static async Task<int> GraphQLAsync(RequestExecutor executor, BenchDatabase database, string query, ArrayBufferWriter<byte> buffer)
    {
        await using var reads = new ReadContexts(database);
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query }, new RequestContext { ContextData = reads.ContextData() });
        buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(buffer);
        result.WriteTo(writer);
        writer.Flush();
        return buffer.WrittenCount;
    }

    internal static async Task<int> PageByHandAsync(BenchDatabase database, ArrayBufferWriter<byte> buffer)
    {
        await using var db = database.NewContext();
        var rows = await db.Complexes
            .Where(c => c.Units >= MinUnits && c.Name.ToLower().Contains(NamePart))
            .OrderByDescending(c => c.PriceKrw).ThenBy(c => c.Id)
            .Take(PageSize + 1)
            .ToListAsync();
        return WritePage(rows, buffer, static (writer, row) =>
        {
            writer.WriteNumber("id", row.Id);
            writer.WriteString("name", row.Name);
            writer.WriteNumber("units", row.Units);
            writer.WriteNumber("priceKrw", row.PriceKrw);
        }, row => Cursor(row.PriceKrw, row.Id));
    }

    private static async Task<int> NestedByProjectionAsync(BenchDatabase database, ArrayBufferWriter<byte> buffer)
    {
        await using var db = database.NewContext();
        var rows = await db.Complexes
            .Where(c => c.Units >= MinUnits && c.Name.ToLower().Contains(NamePart))
            .OrderByDescending(c => c.PriceKrw).ThenBy(c => c.Id)
            .Take(PageSize + 1)
            .Select(c => new NestedRow
            {
                Id = c.Id,
                Name = c.Name,
                PriceKrw = c.PriceKrw,
                Disclosures = c.Disclosures.OrderByDescending(d => d.AmountKrw).ThenBy(d => d.Id).Take(DisclosurePageSize + 1).ToList(),
            })
            .ToListAsync();
        return WriteNested(rows, buffer);
    }

    // The usual hand-written way: the page, then every disclosure of the page's complexes, cut per complex in memory.
    internal static async Task<int> NestedByHandAsync(BenchDatabase database, ArrayBufferWriter<byte> buffer)
    {
        await using var db = database.NewContext();
        var page = await db.Complexes
            .Where(c => c.Units >= MinUnits && c.Name.ToLower().Contains(NamePart))
            .OrderByDescending(c => c.PriceKrw).ThenBy(c => c.Id)
            .Take(PageSize + 1)
            .ToListAsync();
        var ids = page.Take(PageSize).Select(c => c.Id).ToList();
        var disclosures = (await db.Disclosures.Where(d => ids.Contains(d.ComplexId)).ToListAsync()).ToLookup(d => d.ComplexId);
        var rows = page.Select(c => new NestedRow
        {
            Id = c.Id,
            Name = c.Name,
            PriceKrw = c.PriceKrw,
            Disclosures = [.. disclosures[c.Id].OrderByDescending(d => d.AmountKrw).ThenBy(d => d.Id).Take(DisclosurePageSize + 1)],
        }).ToList();
        return WriteNested(rows, buffer);
    }

    private static int WriteNested(List<NestedRow> rows, ArrayBufferWriter<byte> buffer) => WritePage(rows, buffer, static (writer, row) =>
    {
        writer.WriteNumber("id", row.Id);
        writer.WriteString("name", row.Name);
        writer.WriteStartObject("disclosures");
        writer.WriteStartArray("nodes");
        foreach (var disclosure in row.Disclosures.Take(DisclosurePageSize))
        {
            writer.WriteStartObject();
            writer.WriteString("title", disclosure.Title);
            writer.WriteNumber("amountKrw", disclosure.AmountKrw);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("pageInfo");
        writer.WriteBoolean("hasNextPage", row.Disclosures.Count > DisclosurePageSize);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }, row => Cursor(row.PriceKrw, row.Id));

    // The response a GraphQL server gives: data.complexes with the page's nodes and pageInfo.
    private static int WritePage<T>(List<T> rows, ArrayBufferWriter<byte> buffer, Action<Utf8JsonWriter, T> writeNode, Func<T, string> cursor)
    {
        var more = rows.Count > PageSize;
        rows = rows[..Math.Min(PageSize, rows.Count)];
        buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteStartObject("complexes");
        writer.WriteStartArray("nodes");
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            writeNode(writer, row);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("pageInfo");
        writer.WriteBoolean("hasNextPage", more);
        writer.WriteString("endCursor", rows.Count == 0 ? null : cursor(rows[^1]));
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
        return buffer.WrittenCount;
    }

    // The keyset cursor a hand-written API would hand out too: the sort key values of the last row.
    private static string Cursor(long priceKrw, int id) => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new object[] { priceKrw, id }));
}

/// <summary>A complex of the page with the first disclosures of its own page.</summary>
public sealed class NestedRow
{
    public int Id { get; init; }

    public string Name { get; init; } = "";

    public long PriceKrw { get; init; }

    public List<Disclosure> Disclosures { get; init; } = [];
}

/// <summary>The read contexts of one request, as the housing host hands them out: one per resolver or batch, all disposed at the end.</summary>
public sealed class ReadContexts(BenchDatabase database) : IAsyncDisposable
{
    private const string Key = "reads";
    private readonly List<BenchDb> _open = [];

    public static ReadContexts Of(IResolverContext context) => (ReadContexts)context.ContextData[Key]!;

    public Dictionary<string, object?> ContextData() => new() { [Key] = this };

    public BenchDb Open()
    {
        var db = database.NewContext();
        lock (_open)
        {
            _open.Add(db);
        }

        return db;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var db in _open)
        {
            await db.DisposeAsync();
        }
    }
}
