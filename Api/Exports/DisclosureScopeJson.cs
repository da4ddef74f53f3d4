using System.Globalization;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Language.Ast;
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
            Write(json, literal);
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

    private static void Write(Utf8JsonWriter json, ValueNode value)
    {
        switch (value)
        {
            case ObjectValueNode obj:
                json.WriteStartObject();
                foreach (var field in obj.Fields)
                {
                    json.WritePropertyName(field.Name.Value);
                    Write(json, field.Value);
                }
                json.WriteEndObject();
                break;
            case ListValueNode list:
                json.WriteStartArray();
                foreach (var item in list.Values)
                    Write(json, item);
                json.WriteEndArray();
                break;
            case IntValueNode integer:
                json.WriteNumberValue(long.Parse(integer.Value, CultureInfo.InvariantCulture));
                break;
            case FloatValueNode number:
                json.WriteNumberValue(double.Parse(number.Value, CultureInfo.InvariantCulture));
                break;
            case StringValueNode text:
                json.WriteStringValue(text.Value);
                break;
            case EnumValueNode enumValue:
                json.WriteStringValue(enumValue.Value);
                break;
            case BooleanValueNode boolean:
                json.WriteBooleanValue(boolean.Value);
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }
}
