using GraphQL.Data;

namespace GraphQL.Tests.Data;

public sealed class SortExpressionsTests
{
    private static IReadOnlyList<SortKey> Keys(string field, string direction) =>
        SortExpressions.Keys<Complex>(new[] { new Dictionary<string, object?> { [field] = direction } });

    [Fact]
    public void The_same_member_in_two_requests_shares_its_key_so_its_cursor_reader_is_compiled_once()
    {
        var first = Keys("priceKrw", "ASC")[0];
        var second = Keys("priceKrw", "DESC")[0];

        Assert.Same(first.Selector, second.Selector);
        Assert.False(first.Descending);
        Assert.True(second.Descending);
        Assert.Same(first, Keys("priceKrw", "ASC")[0]);
    }

    [Fact]
    public void Keys_follow_the_clients_order_and_read_their_member()
    {
        var keys = SortExpressions.Keys<Complex>(new[]
        {
            new Dictionary<string, object?> { ["units"] = "DESC" },
            new Dictionary<string, object?> { ["name"] = "ASC" },
        });

        Assert.Equal([typeof(int), typeof(string)], keys.Select(k => k.KeyType));
        Assert.Equal([true, false], keys.Select(k => k.Descending));
        Assert.Equal("Gangnam", keys[1].Read(new Complex { Name = "Gangnam" }));
    }
}
