using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Utilities;

namespace GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (graphql-js <c>buildASTSchema</c>, extensions included) and/or code-first
/// type descriptors, then attaches resolvers by coordinate: <c>SchemaBuilder.FromSdl(sdl).Resolve("Query", "authors", ctx => ...).Build()</c>.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), SubscriptionResolver> _subscribers = [];
    private readonly Dictionary<string, Func<object, IResolverContext, string?>> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _runtimeTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly List<FieldMiddleware> _middleware = [];

    /// <summary>Starts a builder from SDL text.</summary>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    /// <summary>Adds SDL type definitions and extensions.</summary>
    public SchemaBuilder AddSdl(string sdl)
    {
        _documents.Add(Parser.Parse(sdl, new ParserOptions { NoLocation = false }));
        return this;
    }

    /// <summary>Adds a parsed SDL document.</summary>
    public SchemaBuilder AddSdl(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    /// <summary>Provides the implementation of a scalar declared in SDL (the platform scalars are known already).</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Sets the resolver of a field.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, FieldResolver resolver)
    {
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Sets a synchronous resolver of a field.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, Func<IResolverContext, object?> resolver) =>
        Resolve(typeName, fieldName, context => new ValueTask<object?>(resolver(context)));

    /// <summary>Sets an asynchronous resolver of a field.</summary>
    public SchemaBuilder Resolve<T>(string typeName, string fieldName, Func<IResolverContext, Task<T>> resolver) =>
        Resolve(typeName, fieldName, Resolvers.FromTask(resolver));

    /// <summary>Sets the event stream of a subscription field.</summary>
    public SchemaBuilder Subscribe(string typeName, string fieldName, Func<IResolverContext, IAsyncEnumerable<object?>> subscriber)
    {
        _subscribers[(typeName, fieldName)] = context => new ValueTask<IAsyncEnumerable<object?>>(subscriber(context));
        return this;
    }

    /// <summary>Sets how an interface or union finds the object type (by name) of a runtime value.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, Func<object, IResolverContext, string?> resolveType)
    {
        _typeResolvers[abstractTypeName] = resolveType;
        return this;
    }

    /// <summary>
    /// Binds a type to a CLR type: abstract types then resolve values of that CLR type to the object type, and an enum's
    /// values get the CLR enum's members (matched by UPPER_SNAKE_CASE name) as internal values.
    /// </summary>
    public SchemaBuilder BindRuntimeType(string typeName, Type clrType)
    {
        _runtimeTypes[typeName] = clrType;
        return this;
    }

    /// <summary>Adds middleware around every field resolver (outermost first).</summary>
    public SchemaBuilder UseField(FieldMiddleware middleware)
    {
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Builds the schema; throws <see cref="GraphQLException"/> when a referenced type or a resolver coordinate is unknown.</summary>
    public Schema Build()
    {
        var state = new BuildState(this);
        foreach (var document in _documents)
        {
            state.Declare(document);
        }

        state.DeclareCodeFirst(_codeFirstTypes);
        state.Complete();
        state.CompleteCodeFirst();
        return state.CreateSchema();
    }

    private void Attach(BuildState state)
    {
        foreach (var ((typeName, fieldName), resolver) in _resolvers)
        {
            state.FieldAt(typeName, fieldName).Resolver = resolver;
        }

        foreach (var ((typeName, fieldName), subscriber) in _subscribers)
        {
            state.FieldAt(typeName, fieldName).Subscriber = subscriber;
        }

        foreach (var (typeName, resolveType) in _typeResolvers)
        {
            if (state.Types.GetValueOrDefault(typeName) is not IAbstractType abstractType)
            {
                throw new ArgumentException("Unknown interface or union \"" + typeName + "\".", nameof(typeName));
            }

            var types = state.Types;
            abstractType.ResolveType = (value, context) => resolveType(value, context) is { } name ? types.GetValueOrDefault(name) as ObjectType : null;
        }

        foreach (var (typeName, clrType) in _runtimeTypes)
        {
            if (state.Types.GetValueOrDefault(typeName) is not NamedType type)
            {
                throw new ArgumentException("Unknown type \"" + typeName + "\".", nameof(typeName));
            }

            type.RuntimeType = clrType;
            if (type is EnumType enumType && clrType.IsEnum)
            {
                BindEnumValues(enumType, clrType);
            }
        }
    }

    // SDL enum values take the CLR members whose UPPER_SNAKE_CASE (or exact) name they carry as internal values.
    private static void BindEnumValues(EnumType enumType, Type clrEnum)
    {
        foreach (var value in enumType.Values.ToList())
        {
            var member = Enum.GetNames(clrEnum).FirstOrDefault(n => GraphQLNaming.UpperSnakeCase(n) == value.Name || n == value.Name)
                ?? throw new ArgumentException("Enum value " + enumType.Name + "." + value.Name + " has no member in " + clrEnum.Name + ".", nameof(clrEnum));
            var bound = new EnumValue(value.Name, Enum.Parse(clrEnum, member))
            {
                Description = value.Description,
                DeprecationReason = value.DeprecationReason,
                AstNode = value.AstNode,
            };
            foreach (var directive in value.AppliedDirectives)
            {
                bound.AppliedDirectives.Add(directive);
            }

            enumType.AddValue(bound);
        }
    }

    /// <summary>The types being built, by name, and the SDL nodes they come from.</summary>
    private sealed partial class BuildState(SchemaBuilder builder)
    {
        private readonly List<TypeDefinitionNode> _definitions = [];
        private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
        private readonly List<DirectiveDefinitionNode> _directiveNodes = [];
        private readonly List<SchemaExtensionNode> _schemaExtensions = [];
        private SchemaDefinitionNode? _schemaDefinition;

        public Dictionary<string, INamedType> Types { get; } = new(StringComparer.Ordinal);

        public List<INamedType> Order { get; } = [];

        public List<DirectiveDefinition> Directives { get; } = [];

        public void Declare(DocumentNode document)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case TypeDefinitionNode typeDefinition:
                        _definitions.Add(typeDefinition);
                        Add(CreateShell(typeDefinition));
                        break;
                    case TypeExtensionNode extension:
                        if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                        {
                            list = [];
                            _extensions[extension.Name.Value] = list;
                        }

                        list.Add(extension);
                        break;
                    case DirectiveDefinitionNode directive:
                        _directiveNodes.Add(directive);
                        break;
                    case SchemaDefinitionNode schema:
                        _schemaDefinition = schema;
                        break;
                    case SchemaExtensionNode schemaExtension:
                        _schemaExtensions.Add(schemaExtension);
                        break;
                }
            }
        }

        public void Add(INamedType type)
        {
            if (!Types.TryAdd(type.Name, type))
            {
                throw new GraphQLException(new GraphQLError("Type \"" + type.Name + "\" was defined more than once."));
            }

            Order.Add(type);
        }

        public void Complete()
        {
            foreach (var node in _directiveNodes)
            {
                Directives.Add(BuildDirective(node));
            }

            foreach (var node in _definitions)
            {
                var extensions = _extensions.GetValueOrDefault(node.Name.Value) ?? [];
                Fill(Types[node.Name.Value], node, extensions);
            }

            foreach (var (name, extensions) in _extensions)
            {
                if (!_definitions.Any(d => d.Name.Value == name))
                {
                    if (Types.GetValueOrDefault(name) is not { } existing)
                    {
                        throw new GraphQLException(new GraphQLError("Cannot extend type \"" + name + "\" because it is not defined.", extensions[0]));
                    }

                    Fill(existing, null, extensions);
                }
            }
        }

        public FieldDefinition FieldAt(string typeName, string fieldName) =>
            (Types.GetValueOrDefault(typeName) as FieldsType)?.GetField(fieldName)
            ?? throw new ArgumentException("Unknown field \"" + typeName + "." + fieldName + "\".", nameof(fieldName));

        public Schema CreateSchema()
        {
            builder.Attach(this);
            ObjectType? query = null, mutation = null, subscription = null;
            var operationNodes = (_schemaDefinition?.OperationTypes ?? []).Concat(_schemaExtensions.SelectMany(e => e.OperationTypes));
            foreach (var operationNode in operationNodes)
            {
                var type = (ObjectType)Resolve(operationNode.Type);
                switch (operationNode.Operation)
                {
                    case OperationType.Query: query = type; break;
                    case OperationType.Mutation: mutation = type; break;
                    default: subscription = type; break;
                }
            }

            // As graphql-js's buildASTSchema: without a schema definition, types named like the roots are the roots.
            if (_schemaDefinition is null)
            {
                query = Types.GetValueOrDefault("Query") as ObjectType ?? query;
                mutation = Types.GetValueOrDefault("Mutation") as ObjectType ?? mutation;
                subscription = Types.GetValueOrDefault("Subscription") as ObjectType ?? subscription;
            }

            var directives = Directives.Concat(BuiltInDirectives.All.Where(b => Directives.All(d => d.Name != b.Name))).ToList();
            return new Schema(new SchemaConfig
            {
                Query = query,
                Mutation = mutation,
                Subscription = subscription,
                Types = Order,
                Directives = directives,
                Description = _schemaDefinition?.Description?.Value,
                AstNode = _schemaDefinition,
                ExtensionAstNodes = _schemaExtensions,
                FieldMiddleware = builder._middleware,
            });
        }

        public IGraphQLType Resolve(TypeNode node) => node switch
        {
            NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type)),
            ListTypeNode list => new ListType(Resolve(list.Type)),
            NamedTypeNode named => ResolveNamed(named),
            _ => throw new ArgumentException("Unexpected type node.", nameof(node)),
        };

        public INamedType ResolveNamed(NamedTypeNode node)
        {
            var name = node.Name.Value;
            if (Types.TryGetValue(name, out var type))
            {
                return type;
            }

            var known = Scalars.Specified.FirstOrDefault(s => s.Name == name)
                ?? builder._scalars.GetValueOrDefault(name)
                ?? Scalars.Custom.FirstOrDefault(s => s.Name == name);
            if (known is not null)
            {
                return known;
            }

            throw new GraphQLException(new GraphQLError("Unknown type: \"" + name + "\".", node));
        }

        private INamedType CreateShell(TypeDefinitionNode node)
        {
            var name = node.Name.Value;
            var description = node.Description?.Value;
            NamedType type = node switch
            {
                ScalarTypeDefinitionNode => CreateScalar(name, description, SpecifiedByUrl(node.Directives)),
                ObjectTypeDefinitionNode => new ObjectType(name),
                InterfaceTypeDefinitionNode => new InterfaceType(name),
                UnionTypeDefinitionNode => new UnionType(name),
                EnumTypeDefinitionNode => new EnumType(name),
                InputObjectTypeDefinitionNode => new InputObjectType(name),
                _ => throw new ArgumentException("Unexpected type definition.", nameof(node)),
            };
            type.Description = description;
            type.AstNode = node;
            return type;
        }

        private ScalarType CreateScalar(string name, string? description, string? specifiedByUrl)
        {
            var implementation = builder._scalars.GetValueOrDefault(name)
                ?? Scalars.Custom.FirstOrDefault(s => s.Name == name)
                ?? Scalars.Specified.FirstOrDefault(s => s.Name == name);
            return implementation is null
                ? new DelegateScalarType(name, description, specifiedByUrl)
                : DelegateScalarType.Like(implementation, name, description, specifiedByUrl);
        }

        private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
            DirectiveArgument(directives, "specifiedBy", "url") as string;

        private static object? DirectiveArgument(IReadOnlyList<DirectiveNode> directives, string directive, string argument)
        {
            foreach (var node in directives)
            {
                if (node.Name.Value != directive)
                {
                    continue;
                }

                foreach (var arg in node.Arguments)
                {
                    if (arg.Name.Value == argument)
                    {
                        return ValueFromAst.Untyped(arg.Value, null);
                    }
                }

                return null;
            }

            return null;
        }

        private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
        {
            if (!directives.Any(d => d.Name.Value == "deprecated"))
            {
                return null;
            }

            return DirectiveArgument(directives, "deprecated", "reason") as string ?? BuiltInDirectives.DefaultDeprecationReason;
        }

        private static void ApplyDirectives(SchemaElement element, IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var node in directives)
            {
                if (BuiltInDirectives.IsSpecified(node.Name.Value))
                {
                    continue;
                }

                element.AppliedDirectives.Add(new AppliedDirective(
                    node.Name.Value,
                    node.Arguments.ToDictionary(a => a.Name.Value, a => ValueFromAst.Untyped(a.Value, null), StringComparer.Ordinal)));
            }
        }

        private void Fill(INamedType type, TypeDefinitionNode? node, List<TypeExtensionNode> extensions)
        {
            var element = (NamedType)type;
            foreach (var extension in extensions)
            {
                element.ExtensionAstNodes.Add(extension);
            }

            var allDirectives = (node?.Directives ?? []).Concat(extensions.SelectMany(e => e.Directives)).ToList();
            ApplyDirectives(element, allDirectives);
            switch (type)
            {
                case ScalarType scalar:
                    if (node is null && SpecifiedByUrl(allDirectives) is { } url)
                    {
                        scalar.SpecifiedByUrl = url;
                    }

                    break;
                case ObjectType or InterfaceType:
                    var fieldsType = (FieldsType)type;
                    var (interfaces, fields) = node switch
                    {
                        ObjectTypeDefinitionNode o => (o.Interfaces, o.Fields),
                        InterfaceTypeDefinitionNode i => (i.Interfaces, i.Fields),
                        _ => ((IReadOnlyList<NamedTypeNode>)[], (IReadOnlyList<FieldDefinitionNode>)[]),
                    };
                    var allInterfaces = interfaces.Concat(extensions.SelectMany(e => e switch
                    {
                        ObjectTypeExtensionNode o => o.Interfaces,
                        InterfaceTypeExtensionNode i => i.Interfaces,
                        _ => [],
                    }));
                    foreach (var iface in allInterfaces)
                    {
                        fieldsType.Interfaces.Add(ResolveNamed(iface) as InterfaceType
                            ?? throw new GraphQLException(new GraphQLError("Type " + type.Name + " must only implement Interface types, it cannot implement " + iface.Name.Value + ".", iface)));
                    }

                    var allFields = fields.Concat(extensions.SelectMany(e => e switch
                    {
                        ObjectTypeExtensionNode o => o.Fields,
                        InterfaceTypeExtensionNode i => i.Fields,
                        _ => [],
                    }));
                    foreach (var fieldNode in allFields)
                    {
                        fieldsType.AddField(BuildField(fieldNode));
                    }

                    break;
                case UnionType union:
                    var members = ((node as UnionTypeDefinitionNode)?.Types ?? []).Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types));
                    foreach (var member in members)
                    {
                        union.Types.Add(ResolveNamed(member) as ObjectType
                            ?? throw new GraphQLException(new GraphQLError("Union type " + union.Name + " can only include Object types, it cannot include " + member.Name.Value + ".", member)));
                    }

                    break;
                case EnumType enumType:
                    var values = ((node as EnumTypeDefinitionNode)?.Values ?? []).Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values));
                    foreach (var valueNode in values)
                    {
                        var value = new EnumValue(valueNode.Name.Value)
                        {
                            Description = valueNode.Description?.Value,
                            DeprecationReason = DeprecationReason(valueNode.Directives),
                            AstNode = valueNode,
                        };
                        ApplyDirectives(value, valueNode.Directives);
                        enumType.AddValue(value);
                    }

                    break;
                case InputObjectType input:
                    input.IsOneOf = allDirectives.Any(d => d.Name.Value == "oneOf");
                    var inputFields = ((node as InputObjectTypeDefinitionNode)?.Fields ?? []).Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields));
                    foreach (var fieldNode in inputFields)
                    {
                        input.AddField(BuildInputValue(fieldNode, (name, fieldType) => new InputFieldDefinition(name, fieldType)));
                    }

                    break;
            }
        }

        private FieldDefinition BuildField(FieldDefinitionNode node)
        {
            var field = new FieldDefinition(node.Name.Value, Resolve(node.Type))
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
            };
            ApplyDirectives(field, node.Directives);
            foreach (var argument in node.Arguments)
            {
                field.AddArgument(BuildInputValue(argument, (name, type) => new ArgumentDefinition(name, type)));
            }

            return field;
        }

        private T BuildInputValue<T>(InputValueDefinitionNode node, Func<string, IGraphQLType, T> create)
            where T : InputValueDefinition
        {
            var value = create(node.Name.Value, Resolve(node.Type));
            value.Description = node.Description?.Value;
            value.DeprecationReason = DeprecationReason(node.Directives);
            value.AstNode = node;
            if (node.DefaultValue is { } defaultValue)
            {
                value.SetDefaultLiteral(defaultValue);
            }

            ApplyDirectives(value, node.Directives);
            return value;
        }

        private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
        {
            var locations = new List<DirectiveLocation>();
            foreach (var location in node.Locations)
            {
                if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
                {
                    locations.Add(parsed);
                }
            }

            var directive = new DirectiveDefinition(node.Name.Value, locations, node.Repeatable)
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
            };
            foreach (var argument in node.Arguments)
            {
                directive.AddArgument(BuildInputValue(argument, (name, type) => new ArgumentDefinition(name, type)));
            }

            return directive;
        }
    }
}

/// <summary>Adapters from resolver shapes (sync values, Task, ValueTask) to <see cref="FieldResolver"/>.</summary>
public static class Resolvers
{
    /// <summary>Adapts a synchronous resolver.</summary>
    public static FieldResolver FromValue<T>(Func<IResolverContext, T> resolver) =>
        context => new ValueTask<object?>(resolver(context));

    /// <summary>Adapts a Task-returning resolver; completed tasks take the synchronous path.</summary>
    public static FieldResolver FromTask<T>(Func<IResolverContext, Task<T>> resolver) =>
        context =>
        {
            var task = resolver(context);
            return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);
        };

    /// <summary>Adapts a ValueTask-returning resolver.</summary>
    public static FieldResolver FromValueTask<T>(Func<IResolverContext, ValueTask<T>> resolver) =>
        context =>
        {
            var pending = resolver(context);
            return pending.IsCompletedSuccessfully ? new ValueTask<object?>(pending.Result) : Await(pending);
        };

    private static async ValueTask<object?> Await<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> Await<T>(ValueTask<T> task) => await task.ConfigureAwait(false);
}
