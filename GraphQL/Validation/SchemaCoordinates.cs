using GraphQL.Introspection;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>How messages name fields and arguments: <c>Type.field</c>, and <c>&lt;meta&gt;.__type</c> for meta-fields as graphql-js does.</summary>
internal static class SchemaCoordinates
{
    public static string Field(FieldDefinition field) => IsMetaField(field) ? "<meta>." + field.Name : field.ToString();

    public static string Argument(FieldDefinition field, ArgumentDefinition argument) =>
        IsMetaField(field) ? "<meta>." + field.Name + "(" + argument.Name + ":)" : argument.ToString();

    private static bool IsMetaField(FieldDefinition field) =>
        ReferenceEquals(field, IntrospectionTypes.TypeField)
        || ReferenceEquals(field, IntrospectionTypes.SchemaField)
        || ReferenceEquals(field, IntrospectionTypes.TypeNameField);
}
