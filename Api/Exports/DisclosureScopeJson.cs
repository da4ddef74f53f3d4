using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Utilities;
using Housing.Api.GraphQL.Analytics;
using Housing.Domain.Common;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Exports;

namespace Housing.Api.Exports;

/// <summary>
/// An export's scope kept as the JSON a client would send for a <c>DisclosureScopeInput</c> variable, and read back by
/// the job through the same input coercion a request's variables go through, so the filter means the same thing then.
/// </summary>
internal sealed class DisclosureScopeJson(RequestExecutor executor) : IDisclosureScopeReader
{
    private const string TypeName = "DisclosureScopeInput";

    public static string Write(Schema schema, DisclosureScopeInput scope)
    {
        var literal = AstFromValue.From(scope, InputType(schema))
            ?? throw new InvalidOperationException("The scope has no literal form.");
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
            JsonValueWriter.Write(json, ValueFromAst.Untyped(literal, null));
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public DisclosureScope Read(string scope, Actor requester)
    {
        using var document = JsonDocument.Parse(scope);
        var errors = new List<string>();
        var value = InputCoercion.CoerceInputValue(InputCoercion.FromJson(document.RootElement), InputType(executor.Schema),
            (error, path) => errors.Add(error.Message));
        if (errors.Count > 0)
            throw new DomainException("INVALID_SCOPE", $"The stored scope no longer reads: {string.Join(" ", errors)}");
        return ValueConverter.Convert<DisclosureScopeInput>(value).ToScope(requester);
    }

    private static InputObjectType InputType(Schema schema) =>
        schema.GetType(TypeName) as InputObjectType ?? throw new InvalidOperationException($"The schema has no input type {TypeName}.");
}
