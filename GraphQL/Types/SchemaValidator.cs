using GraphQL.Error;
using GraphQL.Introspection;
using GraphQL.Language.Ast;
using GraphQL.Utilities;

namespace GraphQL.Types;

/// <summary>Type-system validation (spec §3, graphql-js <c>validateSchema</c>) with graphql-js's messages.</summary>
public static class SchemaValidator
{
    /// <summary>Every problem of the schema; empty when it is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var context = new Context(schema);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        return context.Errors;
    }

    /// <summary>Throws <see cref="GraphQLException"/> with every problem when the schema is invalid.</summary>
    public static void AssertValid(Schema schema)
    {
        var errors = schema.ValidationErrors;
        if (errors.Count > 0)
        {
            throw new GraphQLException(errors);
        }
    }

    /// <summary>True when <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected (graphql-js <c>isTypeSubTypeOf</c>).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (maybeSubType.IsEqualType(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is IAbstractType abstractType
            && maybeSubType is ICompositeType composite and (InterfaceType or ObjectType)
            && schema.IsSubType(abstractType, composite);
    }

    private sealed class Context(Schema schema)
    {
        public Schema Schema { get; } = schema;

        public List<GraphQLError> Errors { get; } = [];

        public void Report(string message, params Node?[] nodes) =>
            Errors.Add(new GraphQLError(message, nodes.Where(n => n is not null).Select(n => n!).ToList()));
    }

    private static void ValidateRootTypes(Context context)
    {
        var schema = context.Schema;
        if (schema.QueryType is null)
        {
            context.Report("Query root type must be provided.", schema.AstNode);
        }

        var roots = new List<(ObjectType Type, string Operation)>();
        if (schema.QueryType is { } query)
        {
            roots.Add((query, "query"));
        }

        if (schema.MutationType is { } mutation)
        {
            roots.Add((mutation, "mutation"));
        }

        if (schema.SubscriptionType is { } subscription)
        {
            roots.Add((subscription, "subscription"));
        }

        foreach (var group in roots.GroupBy(r => r.Type))
        {
            var operations = group.Select(r => r.Operation).ToList();
            if (operations.Count > 1)
            {
                var list = operations.Count == 2
                    ? operations[0] + " and " + operations[1]
                    : string.Join(", ", operations.Take(operations.Count - 1)) + ", and " + operations[^1];
                context.Report("All root types must be different, \"" + group.Key.Name + "\" type is used as " + list + " root types.");
            }
        }
    }

    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                context.Report("Directive @" + directive.Name + " must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateArgument(context, argument);
            }
        }
    }

    private static void ValidateArgument(Context context, ArgumentDefinition argument)
    {
        ValidateName(context, argument.Name, argument.AstNode);
        var node = argument.AstNode as InputValueDefinitionNode;
        if (!argument.Type.IsInputType())
        {
            context.Report("The type of " + argument.Coordinate + " must be Input Type but got: " + argument.Type + ".", node?.Type);
        }

        if (argument.IsRequired && argument.DeprecationReason is not null)
        {
            context.Report("Required argument " + argument.Coordinate + " cannot be deprecated.", DeprecatedNode(node), node?.Type);
        }

        ValidateDefaultValue(context, argument, argument.Coordinate);
    }

    private static void ValidateDefaultValue(Context context, InputValueDefinition input, string coordinate)
    {
        if (!input.HasDefaultValue || !input.Type.IsInputType() || input.AstNode is not InputValueDefinitionNode { DefaultValue: { } literal })
        {
            return;
        }

        InputCoercion.CoerceInputLiteral(literal, input.Type, null, (error, path) =>
            context.Errors.Add(new GraphQLError(
                coordinate + " has invalid default value" + VariableValues.PrintPath(path) + ": " + error.Message,
                error.Locations ?? new GraphQLError("", literal).Locations)));
    }

    private static Node? DeprecatedNode(IHasDirectives? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");

    private static void ValidateName(Context context, string name, Node? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report("Name \"" + name + "\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static void ValidateTypes(Context context)
    {
        foreach (var type in context.Schema.Types)
        {
            if (IntrospectionTypes.IsIntrospectionType(type))
            {
                continue;
            }

            ValidateName(context, type.Name, (type as SchemaElement)?.AstNode);
            switch (type)
            {
                case FieldsType fields:
                    ValidateFields(context, fields);
                    ValidateInterfaces(context, fields);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        context.Report("Enum type " + enumType.Name + " must define one or more values.", enumType.AstNode);
                    }

                    foreach (var value in enumType.Values)
                    {
                        ValidateName(context, value.Name, value.AstNode);
                    }

                    break;
                case InputObjectType input:
                    ValidateInputFields(context, input);
                    break;
            }
        }

        DetectNonFiniteInputObjects(context);
    }

    private static void ValidateFields(Context context, FieldsType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report("Type " + type.Name + " must define one or more fields.", type.AstNode);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType())
            {
                context.Report("The type of " + type.Name + "." + field.Name + " must be Output Type but got: " + field.Type + ".", (field.AstNode as FieldDefinitionNode)?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateArgument(context, argument);
            }
        }
    }

    private static void ValidateInterfaces(Context context, FieldsType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                context.Report("Type " + type.Name + " cannot implement itself because it would create a circular reference.", ImplementsNode(type, iface.Name));
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                context.Report("Type " + type.Name + " can only implement " + iface.Name + " once.", ImplementsNode(type, iface.Name));
                continue;
            }

            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    context.Report(
                        ReferenceEquals(transitive, type)
                            ? "Type " + type.Name + " cannot implement " + iface.Name + " because it would create a circular reference."
                            : "Type " + type.Name + " must implement " + transitive.Name + " because it is implemented by " + iface.Name + ".",
                        ImplementsNode(iface, transitive.Name),
                        ImplementsNode(type, iface.Name));
                }
            }

            ValidateImplementsInterface(context, type, iface);
        }
    }

    private static Node? ImplementsNode(FieldsType type, string interfaceName) => type.AstNode switch
    {
        ObjectTypeDefinitionNode o => o.Interfaces.FirstOrDefault(i => i.Name.Value == interfaceName),
        InterfaceTypeDefinitionNode i => i.Interfaces.FirstOrDefault(n => n.Name.Value == interfaceName),
        _ => null,
    };

    private static void ValidateImplementsInterface(Context context, FieldsType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var typeField = type.GetField(ifaceField.Name);
            var ifaceCoordinate = iface.Name + "." + ifaceField.Name;
            var typeCoordinate = type.Name + "." + ifaceField.Name;
            if (typeField is null)
            {
                context.Report("Interface field " + ifaceCoordinate + " expected but " + type.Name + " does not provide it.", ifaceField.AstNode, type.AstNode);
                continue;
            }

            if (!IsTypeSubTypeOf(context.Schema, typeField.Type, ifaceField.Type))
            {
                context.Report(
                    "Interface field " + ifaceCoordinate + " expects type " + ifaceField.Type + " but " + typeCoordinate + " is type " + typeField.Type + ".",
                    (ifaceField.AstNode as FieldDefinitionNode)?.Type,
                    (typeField.AstNode as FieldDefinitionNode)?.Type);
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(ifaceArgument.Name);
                var ifaceArgumentCoordinate = ifaceCoordinate + "(" + ifaceArgument.Name + ":)";
                if (typeArgument is null)
                {
                    context.Report("Interface field argument " + ifaceArgumentCoordinate + " expected but " + typeCoordinate + " does not provide it.", ifaceArgument.AstNode, typeField.AstNode);
                    continue;
                }

                if (!ifaceArgument.Type.IsEqualType(typeArgument.Type))
                {
                    context.Report(
                        "Interface field argument " + ifaceArgumentCoordinate + " expects type " + ifaceArgument.Type + " but "
                        + typeCoordinate + "(" + typeArgument.Name + ":) is type " + typeArgument.Type + ".",
                        (ifaceArgument.AstNode as InputValueDefinitionNode)?.Type,
                        (typeArgument.AstNode as InputValueDefinitionNode)?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (typeArgument.IsRequired && ifaceField.GetArgument(typeArgument.Name) is null)
                {
                    context.Report(
                        "Argument \"" + typeCoordinate + "(" + typeArgument.Name + ":)\" must not be required type \"" + typeArgument.Type
                        + "\" if not provided by the Interface field \"" + ifaceCoordinate + "\".",
                        typeArgument.AstNode,
                        ifaceField.AstNode);
                }
            }

            if (typeField.IsDeprecated && !ifaceField.IsDeprecated)
            {
                context.Report(
                    "Interface field " + ifaceCoordinate + " is not deprecated, so implementation field " + typeCoordinate + " must not be deprecated.",
                    DeprecatedNode(typeField.AstNode as IHasDirectives),
                    (typeField.AstNode as FieldDefinitionNode)?.Type);
            }
        }
    }

    private static void ValidateUnionMembers(Context context, UnionType union)
    {
        if (union.Types.Count == 0)
        {
            context.Report("Union type " + union.Name + " must define one or more member types.", union.AstNode);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                context.Report(
                    "Union type " + union.Name + " can only include type " + member.Name + " once.",
                    (union.AstNode as UnionTypeDefinitionNode)?.Types.Where(t => t.Name.Value == member.Name).ToArray() ?? []);
            }
        }
    }

    private static void ValidateInputFields(Context context, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            context.Report("Input Object type " + input.Name + " must define one or more fields.", input.AstNode);
        }

        foreach (var field in input.Fields)
        {
            var node = field.AstNode as InputValueDefinitionNode;
            var coordinate = input.Name + "." + field.Name;
            ValidateName(context, field.Name, node);
            if (!field.Type.IsInputType())
            {
                context.Report("The type of " + coordinate + " must be Input Type but got: " + field.Type + ".", node?.Type);
            }

            if (field.IsRequired && field.DeprecationReason is not null)
            {
                context.Report("Required input field " + coordinate + " cannot be deprecated.", DeprecatedNode(node), node?.Type);
            }

            ValidateDefaultValue(context, field, coordinate);
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    context.Report("OneOf input field " + coordinate + " must be nullable.", node?.Type);
                }

                if (field.HasDefaultValue)
                {
                    context.Report("OneOf input field " + coordinate + " cannot have a default value.", node);
                }
            }
        }
    }

    private static void DetectNonFiniteInputObjects(Context context)
    {
        var inputs = context.Schema.Types.OfType<InputObjectType>().ToList();
        var finite = new HashSet<InputObjectType>();
        bool changed;
        do
        {
            changed = false;
            foreach (var input in inputs)
            {
                if (finite.Contains(input))
                {
                    continue;
                }

                var targets = input.Fields.Select(f => Target(input, f.Type)).ToList();
                var isFinite = input.IsOneOf
                    ? input.Fields.Count == 0 || targets.Any(t => t is null || finite.Contains(t))
                    : targets.All(t => t is null || finite.Contains(t));
                if (isFinite)
                {
                    finite.Add(input);
                    changed = true;
                }
            }
        }
        while (changed);

        var visited = new HashSet<InputObjectType>();
        var path = new List<(string Coordinate, Node? Node)>();
        var indexByType = new Dictionary<InputObjectType, int>();
        foreach (var input in inputs)
        {
            if (!finite.Contains(input))
            {
                ReportCycles(input);
            }
        }

        void ReportCycles(InputObjectType input)
        {
            if (!visited.Add(input))
            {
                return;
            }

            indexByType[input] = path.Count;
            foreach (var field in input.Fields)
            {
                if (Target(input, field.Type) is not { } target || finite.Contains(target))
                {
                    continue;
                }

                path.Add((input.Name + "." + field.Name, field.AstNode));
                if (indexByType.TryGetValue(target, out var cycleIndex))
                {
                    var cycle = path.Skip(cycleIndex).ToList();
                    context.Report(
                        "Input Object " + target.Name + " cannot be provided a finite value because it references itself through fields: "
                        + string.Join(", ", cycle.Select(c => c.Coordinate)) + ".",
                        cycle.Select(c => c.Node).ToArray());
                }
                else
                {
                    ReportCycles(target);
                }

                path.RemoveAt(path.Count - 1);
            }

            indexByType.Remove(input);
        }
    }

    private static InputObjectType? Target(InputObjectType input, IGraphQLType fieldType)
    {
        if (input.IsOneOf)
        {
            return fieldType as InputObjectType;
        }

        return fieldType is NonNullType { OfType: InputObjectType target } ? target : null;
    }
}
