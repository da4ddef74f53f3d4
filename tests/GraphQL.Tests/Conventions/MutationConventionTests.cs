using System.Text.Json;
using GraphQL.Conventions;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Conventions;

public sealed class MutationConventionTests
{
    private sealed record Complex(int Id, string Name);

    private sealed record RenameComplexInput(int Id, string Name);

    private class MissingException(string message) : Exception(message);

    private sealed class MissingComplexException(int id) : MissingException("Complex " + id + " does not exist.");

    private sealed class DuplicateNameException(string name) : Exception("The name " + name + " is taken.")
    {
        public string Name { get; } = name;
    }

    private sealed record NotFoundError(string Message);

    private sealed record DuplicateNameError(string Message, string Name);

    private static readonly MutationErrors Errors = new MutationErrors()
        .Map<MissingException, NotFoundError>(e => new NotFoundError(e.Message))
        .Map<DuplicateNameException, DuplicateNameError>(e => new DuplicateNameError(e.Message, e.Name));

    private static Schema BuildSchema() => new SchemaBuilder()
        .AddQueryType(query => query.Field("ping").Type("String").Resolve(_ => "pong"))
        .AddObjectType<Complex>()
        .AddMutationType(mutation =>
        {
            mutation.Field("renameComplex").UseMutationConvention<RenameComplexInput, Complex>(
                Errors,
                "complex",
                (_, input) => input.Name switch
                {
                    "Taken" => throw new DuplicateNameException(input.Name),
                    "Crash" => throw new InvalidOperationException("database password is hunter2"),
                    _ when input.Id != 1 => throw new MissingComplexException(input.Id),
                    _ => ValueTask.FromResult(new Complex(input.Id, input.Name)),
                },
                typeof(MissingException),
                typeof(DuplicateNameException));
            mutation.Field("archiveComplex").UseMutationConvention<RenameComplexInput, bool>(
                Errors, "archived", (_, _) => ValueTask.FromResult(true));
        })
        .Build();

    private const string Rename = """
        mutation($input: RenameComplexInput!) {
          renameComplex(input: $input) {
            complex { id name }
            errors { __typename ... on Error { message } ... on DuplicateNameError { name } }
          }
        }
        """;

    private static async Task<JsonElement> RenameAsync(int id, string name)
    {
        using var variables = JsonDocument.Parse(JsonSerializer.Serialize(new { input = new { id, name } }));
        var result = await new RequestExecutor(BuildSchema()).ExecuteAsync(GraphQLRequest.Create(Rename, variables: variables.RootElement));
        return JsonDocument.Parse(result.ToJson()).RootElement;
    }

    [Fact]
    public void Schema_has_the_conventional_shape()
    {
        var sdl = SchemaPrinter.Print(BuildSchema());
        Assert.Contains("renameComplex(input: RenameComplexInput!): RenameComplexPayload!", sdl, StringComparison.Ordinal);
        Assert.Contains("input RenameComplexInput {\n  id: Int!\n  name: String!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type RenameComplexPayload {\n  complex: Complex\n  errors: [RenameComplexError!]\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("union RenameComplexError = NotFoundError | DuplicateNameError", sdl, StringComparison.Ordinal);
        Assert.Contains("interface Error {\n  message: String!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type DuplicateNameError implements Error {\n  message: String!\n  name: String!\n}", sdl, StringComparison.Ordinal);
        Assert.Contains("type ArchiveComplexPayload {\n  archived: Boolean!\n}", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Success_returns_the_result_and_null_errors()
    {
        var result = await RenameAsync(1, "Hanbit");
        var payload = result.GetProperty("data").GetProperty("renameComplex");
        Assert.Equal("Hanbit", payload.GetProperty("complex").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.False(result.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Declared_exceptions_become_typed_errors_in_the_payload()
    {
        var result = await RenameAsync(1, "Taken");
        var payload = result.GetProperty("data").GetProperty("renameComplex");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("complex").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("DuplicateNameError", error.GetProperty("__typename").GetString());
        Assert.Equal("The name Taken is taken.", error.GetProperty("message").GetString());
        Assert.Equal("Taken", error.GetProperty("name").GetString());
        Assert.False(result.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Derived_exceptions_use_the_mapping_of_their_base_type()
    {
        var error = (await RenameAsync(7, "Saebyeol")).GetProperty("data").GetProperty("renameComplex").GetProperty("errors")[0];
        Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
        Assert.Equal("Complex 7 does not exist.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Unexpected_exceptions_are_still_masked()
    {
        var result = await RenameAsync(1, "Crash");
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("UNEXPECTED_EXECUTION_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("hunter2", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Declaring_an_unmapped_exception_fails_when_the_schema_is_built()
    {
        var builder = new SchemaBuilder()
            .AddQueryType(query => query.Field("ping").Type("String").Resolve(_ => "pong"))
            .AddMutationType(mutation => mutation.Field("closeComplex").UseMutationConvention<RenameComplexInput, bool>(
                Errors, "closed", (_, _) => ValueTask.FromResult(true), typeof(TimeoutException)));
        var exception = Assert.Throws<ArgumentException>(() => builder.Build());
        Assert.Contains("TimeoutException", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_registry_names_the_error_type_of_an_exception()
    {
        Assert.Equal("NotFoundError", Errors.ErrorTypeOf(typeof(MissingComplexException)));
        Assert.Null(Errors.ErrorTypeOf(typeof(TimeoutException)));
    }
}
