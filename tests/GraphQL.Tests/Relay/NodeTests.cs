using System.Text;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Relay;
using GraphQL.Types;

namespace GraphQL.Tests.Relay;

public sealed class NodeTests
{
    private sealed record Complex(int Id, string Name);

    private sealed record Resident(Guid Id, string Name);

    private static readonly Guid ResidentKey = Guid.Parse("0190a000-0000-7000-8000-000000000001");

    private static readonly Complex[] Complexes = [new(1, "Hanbit"), new(2, "Saebyeol")];

    private static Schema BuildSchema() => new SchemaBuilder()
        .AddGlobalObjectIdentification()
        .AddQueryType(query => query.Field("complexName").Type("String").Argument("id", "ID!")
            .Resolve(context => Complexes.FirstOrDefault(c => c.Id == context.IdArgument<int>("id", "Complex"))?.Name))
        .AddObjectType<Complex>(type => type.ImplementsNode(c => c.Id, (_, id) => ValueTask.FromResult(Complexes.FirstOrDefault(c => c.Id == id))))
        .AddObjectType<Resident>(type => type.ImplementsNode(r => r.Id, (_, id) => ValueTask.FromResult<Resident?>(id == ResidentKey ? new Resident(id, "Kim") : null)))
        .Build();

    private static async Task<JsonElement> RunAsync(string query)
    {
        var result = await new RequestExecutor(BuildSchema()).ExecuteAsync(new GraphQLRequest { Query = query });
        return JsonDocument.Parse(result.ToJson()).RootElement;
    }

    private static string Id(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Ids_are_base64_of_type_name_and_key()
    {
        Assert.Equal("Q29tcGxleDox", GlobalId.Format("Complex", 1));
        Assert.Equal(("Complex", "1"), GlobalId.Parse("Q29tcGxleDox"));
        Assert.Equal(42L, GlobalId.ParseKey<long>(Id("Complex:42"), "Complex"));
    }

    [Fact]
    public void Schema_declares_node_interface_and_fields()
    {
        var sdl = SchemaPrinter.Print(BuildSchema());
        Assert.Contains("interface Node {\n  id: ID!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("node(id: ID!): Node", sdl, StringComparison.Ordinal);
        Assert.Contains("nodes(ids: [ID!]!): [Node]!", sdl, StringComparison.Ordinal);
        Assert.Contains("type Complex implements Node", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_fetches_an_object_by_its_global_id()
    {
        var data = (await RunAsync("{ node(id: \"" + Id("Complex:2") + "\") { __typename id ... on Complex { name } } }")).GetProperty("data").GetProperty("node");
        Assert.Equal("Complex", data.GetProperty("__typename").GetString());
        Assert.Equal(Id("Complex:2"), data.GetProperty("id").GetString());
        Assert.Equal("Saebyeol", data.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Nodes_fetches_objects_of_several_types_and_null_for_missing_keys()
    {
        var query = "{ nodes(ids: [\"" + Id("Resident:" + ResidentKey) + "\", \"" + Id("Complex:1") + "\", \"" + Id("Complex:9") + "\"]) { id ... on Resident { name } ... on Complex { name } } }";
        var nodes = (await RunAsync(query)).GetProperty("data").GetProperty("nodes");
        Assert.Equal("Kim", nodes[0].GetProperty("name").GetString());
        Assert.Equal("Hanbit", nodes[1].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[2].ValueKind);
    }

    [Theory]
    [InlineData("not base64!", GlobalId.InvalidIdCode)]
    [InlineData("Q29tcGxleA==", GlobalId.InvalidIdCode)]
    [InlineData("Q29tcGxleDphYmM=", GlobalId.InvalidIdCode)]
    [InlineData("VW5rbm93bjox", GlobalId.ForeignIdCode)]
    [InlineData("U3RyaW5nOjE=", GlobalId.ForeignIdCode)]
    public async Task Malformed_or_foreign_ids_are_coded_errors(string id, string code)
    {
        var result = await RunAsync("{ node(id: \"" + id + "\") { id } }");
        var error = result.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("node", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Id_arguments_decode_to_the_key_of_the_declared_type()
    {
        var ok = await RunAsync("{ complexName(id: \"" + Id("Complex:1") + "\") }");
        Assert.Equal("Hanbit", ok.GetProperty("data").GetProperty("complexName").GetString());
        var foreign = await RunAsync("{ complexName(id: \"" + Id("Resident:" + ResidentKey) + "\") }");
        Assert.Equal(GlobalId.ForeignIdCode, foreign.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
