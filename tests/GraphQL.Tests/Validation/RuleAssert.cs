using System.Runtime.CompilerServices;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

/// <summary>Validates documents against TestSchema.graphql and compares errors as "message (line:column)".</summary>
internal static class RuleAssert
{
    public static Schema Schema { get; } = SchemaBuilder.FromSdl(File.ReadAllText(Here("TestSchema.graphql"))).Build();

    public static void Valid(IValidationRule rule, string document) => Errors(rule, document, []);

    public static void Errors(IValidationRule rule, string document, string[] expected, ValidationOptions? options = null)
    {
        var errors = DocumentValidator.Validate(Schema, Parser.Parse(document), [rule], options);

        Assert.Equal(expected, errors.Select(e => e.ToString()));
    }

    public static string[] All(string document, ValidationOptions? options = null, Schema? schema = null) =>
        [.. DocumentValidator.Validate(schema ?? Schema, Parser.Parse(document), null, options).Select(e => e.ToString())];

    private static string Here(string name, [CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, name);
}
