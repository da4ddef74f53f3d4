using System.Text;
using System.Text.Json;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Tests.Conformance;

/// <summary>
/// The engine held against graphql-js 17 on the corpus in Conformance/corpus: the same syntax verdict and the same
/// errors (message and locations, in order) for every document, the same execution results, and an introspection that
/// graphql-js rebuilds into exactly our printed SDL; and our printers print documents and the schema as graphql-js does.
/// </summary>
public sealed class GraphQLJsDifferentialTests(GraphQLJsVerdicts graphqlJs) : IClassFixture<GraphQLJsVerdicts>
{
    [Fact]
    public void The_corpus_has_over_300_documents_and_graphql_js_judges_each_as_its_name_says()
    {
        var misnamed = new List<string>();
        foreach (var (name, verdict) in graphqlJs.Documents)
        {
            var hasSyntaxError = verdict.GetProperty("syntaxError").ValueKind != JsonValueKind.Null;
            var validationErrors = verdict.GetProperty("validationErrors").GetArrayLength();
            var file = Path.GetFileName(name);
            var expected = (file.StartsWith("valid-", StringComparison.Ordinal) || name.StartsWith("execution/", StringComparison.Ordinal)) ? "valid"
                : !file.StartsWith("invalid-", StringComparison.Ordinal) ? null
                : name.StartsWith("validation/", StringComparison.Ordinal) ? "invalid" : "syntax error";
            var actual = hasSyntaxError ? "syntax error" : validationErrors > 0 ? "invalid" : "valid";
            if (expected is not null && expected != actual)
            {
                misnamed.Add($"{name}: named {expected}, graphql-js says {actual}");
            }
        }

        Assert.True(graphqlJs.Documents.Count >= 300, $"only {graphqlJs.Documents.Count} documents");
        Assert.Empty(misnamed);
        Assert.All(SpecifiedRuleNames(), rule => Assert.Contains(graphqlJs.Documents.Keys, k => k.StartsWith($"validation/{rule}/invalid-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_document_gets_graphql_js_syntax_verdict_and_its_errors_with_messages_and_locations()
    {
        var mismatches = new List<string>();
        foreach (var (name, verdict) in graphqlJs.Documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var theirSyntaxError = verdict.GetProperty("syntaxError");
            var theirErrors = verdict.GetProperty("validationErrors").EnumerateArray().Select(Describe).ToList();
            if (theirSyntaxError.ValueKind != JsonValueKind.Null)
            {
                theirErrors = [Describe(theirSyntaxError)];
            }

            var (ourSyntaxError, ourErrors) = Judge(name);
            if (ourSyntaxError != (theirSyntaxError.ValueKind != JsonValueKind.Null) || !ourErrors.SequenceEqual(theirErrors))
            {
                mismatches.Add($"{name} ({(ourSyntaxError ? "syntax error" : "parsed")} here)\n    ours:       {string.Join("\n                ", ourErrors)}\n    graphql-js: {string.Join("\n                ", theirErrors)}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {graphqlJs.Documents.Count} documents disagree with graphql-js:\n" + string.Join('\n', mismatches));
    }

    [Fact]
    public async Task Valid_documents_execute_to_graphql_js_results()
    {
        var mismatches = new List<string>();
        var executed = 0;
        foreach (var (name, verdict) in graphqlJs.Documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (verdict.GetProperty("execution") is not { ValueKind: JsonValueKind.Object } theirs)
            {
                continue;
            }

            executed++;
            var result = await graphqlJs.Executor.ExecuteAsync(
                new GraphQLRequest { Query = GraphQLJsVerdicts.ReadDocument(name), Variables = GraphQLJsVerdicts.ReadVariables(name) },
                new RequestContext { RootValue = ConformanceSchema.Data });
            using var ours = JsonDocument.Parse(result.ToJson());
            var ourData = ours.RootElement.TryGetProperty("data", out var d) ? d.GetRawText() : "(none)";
            var theirData = theirs.TryGetProperty("data", out var t) ? t.GetRawText() : "(none)";
            var ourErrors = ErrorsOf(ours.RootElement);
            var theirErrors = ErrorsOf(theirs);
            if (Normalize(ourData) != Normalize(theirData) || ourErrors != theirErrors)
            {
                mismatches.Add($"{name}\n    ours:       {result.ToJson()}\n    graphql-js: {theirs.GetRawText()}");
            }
        }

        Assert.True(executed >= 60, $"only {executed} documents executed");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {executed} executions disagree with graphql-js:\n" + string.Join('\n', mismatches));
    }

    [Fact]
    public void Our_introspection_rebuilt_by_graphql_js_prints_exactly_as_our_schema_printer()
    {
        Assert.False(graphqlJs.Introspection.TryGetProperty("error", out var error), $"graphql-js could not rebuild our introspection: {error}\n{graphqlJs.OurIntrospection}");
        var theirs = graphqlJs.Introspection.GetProperty("sdl").GetString();

        Assert.Equal(SchemaPrinter.Print(graphqlJs.Schema), theirs);
    }

    [Fact]
    public void Every_parsed_document_prints_as_graphql_js_prints_it()
    {
        var mismatches = new List<string>();
        var printed = 0;
        foreach (var (name, verdict) in graphqlJs.Documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (verdict.GetProperty("printed").GetString() is not { } theirs)
            {
                continue;
            }

            printed++;
            var ours = Printer.Print(Parser.Parse(GraphQLJsVerdicts.ReadDocument(name)));
            if (ours != theirs)
            {
                mismatches.Add($"{name}\n--- ours:\n{ours}\n--- graphql-js:\n{theirs}");
            }
        }

        Assert.True(printed >= 300, $"only {printed} documents printed");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {printed} documents print differently:\n" + string.Join('\n', mismatches));
    }

    [Fact]
    public void The_schema_built_from_sdl_prints_as_graphql_js_prints_it() =>
        Assert.Equal(graphqlJs.SchemaSdl, SchemaPrinter.Print(graphqlJs.Schema));

    private (bool SyntaxError, List<string> Errors) Judge(string name)
    {
        DocumentNodeOrErrors parsed;
        try
        {
            parsed = new(Parser.Parse(GraphQLJsVerdicts.ReadDocument(name)), null);
        }
        catch (GraphQLException exception)
        {
            parsed = new(null, exception.Errors);
        }

        if (parsed.Document is null)
        {
            return (true, [.. parsed.Errors!.Select(e => e.ToString())]);
        }

        return (false, [.. DocumentValidator.Validate(graphqlJs.Schema, parsed.Document).Select(e => e.ToString())]);
    }

    private static string Describe(JsonElement error)
    {
        var text = new StringBuilder(error.GetProperty("message").GetString());
        if (error.TryGetProperty("locations", out var locations))
        {
            foreach (var location in locations.EnumerateArray())
            {
                text.Append(" (").Append(location.GetProperty("line").GetInt32()).Append(':').Append(location.GetProperty("column").GetInt32()).Append(')');
            }
        }

        return text.ToString();
    }

    private static string ErrorsOf(JsonElement result) =>
        result.TryGetProperty("errors", out var errors)
            ? string.Join(" | ", errors.EnumerateArray().Select(e => Describe(e) + (e.TryGetProperty("path", out var path) ? " at " + path.GetRawText() : "")))
            : "";

    private static string Normalize(string json) => json == "(none)" ? json : JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    private static IEnumerable<string> SpecifiedRuleNames() =>
    [
        "ExecutableDefinitions", "UniqueOperationNames", "LoneAnonymousOperation", "SingleFieldSubscriptions", "KnownTypeNames",
        "FragmentsOnCompositeTypes", "VariablesAreInputTypes", "ScalarLeafs", "FieldsOnCorrectType", "UniqueFragmentNames",
        "KnownFragmentNames", "NoUnusedFragments", "PossibleFragmentSpreads", "NoFragmentCycles", "UniqueVariableNames",
        "NoUndefinedVariables", "NoUnusedVariables", "KnownDirectives", "UniqueDirectivesPerLocation", "KnownArgumentNames",
        "UniqueArgumentNames", "ValuesOfCorrectType", "ProvidedRequiredArguments", "VariablesInAllowedPosition",
        "OverlappingFieldsCanBeMerged", "UniqueInputFieldNames",
    ];

    private sealed record DocumentNodeOrErrors(GraphQL.Language.Ast.DocumentNode? Document, IReadOnlyList<GraphQLError>? Errors);
}
