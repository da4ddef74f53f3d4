using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5): runs every rule's visitor in one walk,
/// with type information kept current, and returns the errors, each with <c>extensions.code</c>
/// <c>GRAPHQL_VALIDATION_FAILED</c>.
/// </summary>
public static class DocumentValidator
{
    /// <summary>The <c>extensions.code</c> every validation error carries.</summary>
    public const string ErrorCode = "GRAPHQL_VALIDATION_FAILED";

    private static readonly IReadOnlyDictionary<string, object?> CodeExtensions =
        new Dictionary<string, object?>(1) { ["code"] = ErrorCode };

    /// <summary>Validates <paramref name="document"/>; an empty list means it may be executed.</summary>
    /// <exception cref="GraphQLException">The schema itself is invalid (its type-system errors are carried).</exception>
    /// <param name="schema">The schema to validate against.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="rules">The rules to apply; <see cref="SpecifiedRules.All"/> when null.</param>
    /// <param name="options">Limits and protections; <see cref="ValidationOptions.Default"/> when null.</param>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null,
        ValidationOptions? options = null)
    {
        // As graphql-js does, documents are only checked against a schema that is itself valid.
        SchemaValidator.AssertValid(schema);
        options ??= ValidationOptions.Default;
        rules = WithProtections(rules ?? SpecifiedRules.All, options);
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, options, error =>
        {
            if (errors.Count >= options.MaxErrors)
            {
                throw new TooManyErrorsException();
            }

            errors.Add(WithCode(error));
        });

        var visitors = new AstVisitor[rules.Count];
        for (var i = 0; i < visitors.Length; i++)
        {
            visitors[i] = rules[i].CreateVisitor(context);
        }

        try
        {
            new AstWalker(new ParallelVisitor(typeInfo, visitors), visitNames: false, visitDescriptions: false).Walk(document);
        }
        catch (TooManyErrorsException)
        {
            errors.Add(WithCode(new GraphQLError("Too many validation errors, error limit reached. Validation aborted.")));
        }
        catch (ValidationAbortedException)
        {
            errors.Add(WithCode(new GraphQLError("Validation aborted.")));
        }

        return errors;
    }

    private static IReadOnlyList<IValidationRule> WithProtections(IReadOnlyList<IValidationRule> rules, ValidationOptions options)
    {
        if (!options.DisableIntrospection && options.MaxDepth is null && options.MaxAliases is null && options.MaxDirectives is null)
        {
            return rules;
        }

        var all = new List<IValidationRule>(rules);
        if (options.DisableIntrospection)
        {
            all.Add(NoSchemaIntrospectionRule.Instance);
        }

        if (options.MaxDepth is { } maxDepth)
        {
            all.Add(new MaxDepthRule(maxDepth));
        }

        if (options.MaxAliases is { } maxAliases)
        {
            all.Add(new MaxAliasesRule(maxAliases));
        }

        if (options.MaxDirectives is { } maxDirectives)
        {
            all.Add(new MaxDirectivesRule(maxDirectives));
        }

        return all;
    }

    private static GraphQLError WithCode(GraphQLError error) => error.Extensions is null
        ? error.WithExtensions(CodeExtensions)
        : error.WithExtension("code", ErrorCode);

    private sealed class TooManyErrorsException : Exception;

    // Runs the rules side by side in one walk; a rule that skips a subtree is not called again until it is left.
    private sealed class ParallelVisitor(TypeInfo typeInfo, AstVisitor[] visitors) : AstVisitor
    {
        private static readonly Node Stopped = new NullValueNode();
        private readonly Node?[] _skipping = new Node?[visitors.Length];

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            typeInfo.Enter(node);
            for (var i = 0; i < visitors.Length; i++)
            {
                if (_skipping[i] is not null)
                {
                    continue;
                }

                switch (visitors[i].Enter(node, ancestors))
                {
                    case VisitorAction.Skip:
                        _skipping[i] = node;
                        break;
                    case VisitorAction.Break:
                        _skipping[i] = Stopped;
                        break;
                }
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            for (var i = 0; i < visitors.Length; i++)
            {
                var skipping = _skipping[i];
                if (skipping is null)
                {
                    if (visitors[i].Leave(node, ancestors) == VisitorAction.Break)
                    {
                        _skipping[i] = Stopped;
                    }
                }
                else if (ReferenceEquals(skipping, node))
                {
                    _skipping[i] = null;
                }
            }

            typeInfo.Leave(node);
            return VisitorAction.Continue;
        }
    }
}
