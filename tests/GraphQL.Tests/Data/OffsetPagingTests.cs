using System.Text.Json;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Data;

public sealed class OffsetPagingTests : IDisposable
{
    private readonly HousingTestDb _db = HousingTestDb.CreateSqlite();
    private readonly RequestExecutor _executor;

    public OffsetPagingTests()
    {
        _db.Complexes.AddRange(Enumerable.Range(1, 12).Select(i => new Complex { Id = i, Name = "Complex " + i, Units = i % 3 }));
        _db.SaveChanges();
        _executor = new RequestExecutor(new SchemaBuilder()
            .AddQueryType(query => query.Field("complexes").UseOffsetPaging<Complex, int>(c => c.Id, new PagingOptions { MaxPageSize = 5 }).UseSorting<Complex>()
                .Resolve(_ => _db.Complexes.AsQueryable()))
            .AddObjectType<Complex>(type => type.Ignore(c => c.Disclosures))
            .Build());
    }

    public void Dispose() => _db.Dispose();

    private async Task<JsonElement> RunAsync(string arguments)
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = "{ complexes(" + arguments + ") { items { id } pageInfo { hasNextPage hasPreviousPage } totalCount } }" });
        return JsonDocument.Parse(result.ToJson()).RootElement;
    }

    [Fact]
    public async Task Skip_and_take_page_the_sorted_list_with_ties_broken_by_the_key()
    {
        var segment = (await RunAsync("skip: 2, take: 3, order: [{ units: DESC }]")).GetProperty("data").GetProperty("complexes");
        Assert.Equal([8, 11, 1], segment.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        Assert.True(segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(12, segment.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Last_segment_has_no_next_page()
    {
        var segment = (await RunAsync("skip: 10, take: 5")).GetProperty("data").GetProperty("complexes");
        Assert.Equal([11, 12], segment.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        Assert.False(segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Theory]
    [InlineData("take: 6")]
    [InlineData("skip: -1")]
    public async Task Out_of_range_arguments_are_coded_errors(string arguments) =>
        Assert.Equal(CursorPaging.PageSizeCode, (await RunAsync(arguments)).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
}
