using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Introspection;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A protection, not a spec rule (graphql-js's <c>NoSchemaIntrospectionCustomRule</c>): rejects <c>__schema</c>
/// and <c>__type</c> so the schema cannot be read by clients. Applied by <see cref="ValidationOptions.DisableIntrospection"/>.
/// </summary>
public sealed class NoSchemaIntrospectionRule : IValidationRule
{
    /// <summary>The rule.</summary>
    public static NoSchemaIntrospectionRule Instance { get; } = new();

    /// <inheritdoc />
    public AstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is FieldNode field
                && (ReferenceEquals(context.FieldDefinition, IntrospectionTypes.SchemaField)
                    || ReferenceEquals(context.FieldDefinition, IntrospectionTypes.TypeField)))
            {
                context.ReportError(new GraphQLError(
                    "GraphQL introspection has been disabled, but the requested query contained the field \"" + field.Name.Value + "\".", field));
                return VisitorAction.Skip;
            }

            return VisitorAction.Continue;
        }
    }
}
