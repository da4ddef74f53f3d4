using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary>The introspection types (spec §4.5) and the meta-fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>.</summary>
public static class IntrospectionTypes
{
    /// <summary><c>__TypeKind</c>.</summary>
    public static readonly EnumType TypeKind = BuildTypeKind();

    /// <summary><c>__DirectiveLocation</c>.</summary>
    public static readonly EnumType DirectiveLocationType = BuildDirectiveLocation();

    /// <summary><c>__EnumValue</c>.</summary>
    public static readonly ObjectType EnumValueType = new("__EnumValue")
    {
        Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
    };

    /// <summary><c>__InputValue</c>.</summary>
    public static readonly ObjectType InputValueType = new("__InputValue")
    {
        Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
    };

    /// <summary><c>__Field</c>.</summary>
    public static readonly ObjectType FieldType = new("__Field")
    {
        Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
    };

    /// <summary><c>__Type</c>.</summary>
    public static readonly ObjectType Type = new("__Type")
    {
        Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
    };

    /// <summary><c>__Directive</c>.</summary>
    public static readonly ObjectType DirectiveType = new("__Directive")
    {
        Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
    };

    /// <summary><c>__Schema</c>.</summary>
    public static readonly ObjectType Schema = new("__Schema")
    {
        Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
    };

    /// <summary><c>__schema: __Schema!</c> on the query root.</summary>
    public static readonly FieldDefinition SchemaField = new("__schema", new NonNullType(Schema))
    {
        Description = "Access the current type schema of this server.",
        Resolver = context => new ValueTask<object?>(context.Schema),
    };

    /// <summary><c>__type(name: String!): __Type</c> on the query root.</summary>
    public static readonly FieldDefinition TypeField = BuildTypeField();

    /// <summary><c>__typename: String!</c> on every composite type.</summary>
    public static readonly FieldDefinition TypeNameField = new("__typename", new NonNullType(Scalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = context => new ValueTask<object?>(context.ObjectType.Name),
    };

    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly IReadOnlyList<INamedType> All = Build();

    /// <summary>True for the introspection types (their names start with two underscores).</summary>
    public static bool IsIntrospectionType(INamedType type) => All.Contains(type);

    private static FieldDefinition BuildTypeField()
    {
        var field = new FieldDefinition("__type", Type)
        {
            Description = "Request the type information of a single type.",
            Resolver = context => new ValueTask<object?>(context.Schema.GetType(context.ArgumentValue<string>("name"))),
        };
        field.AddArgument(new ArgumentDefinition("name", new NonNullType(Scalars.String)) { Coordinate = "__type(name:)" });
        return field;
    }

    private static EnumType BuildTypeKind()
    {
        var kind = new EnumType("__TypeKind") { Description = "An enum describing what kind of type a given `__Type` is." };
        kind.AddValue("SCALAR", description: "Indicates this type is a scalar.");
        kind.AddValue("OBJECT", description: "Indicates this type is an object. `fields` and `interfaces` are valid fields.");
        kind.AddValue("INTERFACE", description: "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.");
        kind.AddValue("UNION", description: "Indicates this type is a union. `possibleTypes` is a valid field.");
        kind.AddValue("ENUM", description: "Indicates this type is an enum. `enumValues` is a valid field.");
        kind.AddValue("INPUT_OBJECT", description: "Indicates this type is an input object. `inputFields` is a valid field.");
        kind.AddValue("LIST", description: "Indicates this type is a list. `ofType` is a valid field.");
        kind.AddValue("NON_NULL", description: "Indicates this type is a non-null. `ofType` is a valid field.");
        return kind;
    }

    private static EnumType BuildDirectiveLocation()
    {
        var type = new EnumType("__DirectiveLocation")
        {
            Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        };
        (DirectiveLocation Location, string Description)[] values =
        [
            (DirectiveLocation.Query, "Location adjacent to a query operation."),
            (DirectiveLocation.Mutation, "Location adjacent to a mutation operation."),
            (DirectiveLocation.Subscription, "Location adjacent to a subscription operation."),
            (DirectiveLocation.Field, "Location adjacent to a field."),
            (DirectiveLocation.FragmentDefinition, "Location adjacent to a fragment definition."),
            (DirectiveLocation.FragmentSpread, "Location adjacent to a fragment spread."),
            (DirectiveLocation.InlineFragment, "Location adjacent to an inline fragment."),
            (DirectiveLocation.VariableDefinition, "Location adjacent to an operation variable definition."),
            (DirectiveLocation.FragmentVariableDefinition, "Location adjacent to a fragment variable definition."),
            (DirectiveLocation.Schema, "Location adjacent to a schema definition."),
            (DirectiveLocation.Scalar, "Location adjacent to a scalar definition."),
            (DirectiveLocation.Object, "Location adjacent to an object type definition."),
            (DirectiveLocation.FieldDefinition, "Location adjacent to a field definition."),
            (DirectiveLocation.ArgumentDefinition, "Location adjacent to an argument definition."),
            (DirectiveLocation.Interface, "Location adjacent to an interface definition."),
            (DirectiveLocation.Union, "Location adjacent to a union definition."),
            (DirectiveLocation.Enum, "Location adjacent to an enum definition."),
            (DirectiveLocation.EnumValue, "Location adjacent to an enum value definition."),
            (DirectiveLocation.InputObject, "Location adjacent to an input object type definition."),
            (DirectiveLocation.InputFieldDefinition, "Location adjacent to an input object field definition."),
            (DirectiveLocation.DirectiveDefinition, "Location adjacent to a directive definition."),
        ];
        foreach (var (location, description) in values)
        {
            type.AddValue(location.ToName(), location, description);
        }

        return type;
    }

    private static IReadOnlyList<INamedType> Build()
    {
        var nonNullString = new NonNullType(Scalars.String);
        var nonNullBoolean = new NonNullType(Scalars.Boolean);
        var nonNullType = new NonNullType(Type);

        Add(Schema, "description", Scalars.String, s => ((Types.Schema)s).Description);
        Add(Schema, "types", new NonNullType(new ListType(nonNullType)), s => ((Types.Schema)s).Types, "A list of all types supported by this server.");
        Add(Schema, "queryType", nonNullType, s => ((Types.Schema)s).QueryType, "The type that query operations will be rooted at.");
        Add(Schema, "mutationType", Type, s => ((Types.Schema)s).MutationType, "If this server supports mutation, the type that mutation operations will be rooted at.");
        Add(Schema, "subscriptionType", Type, s => ((Types.Schema)s).SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at.");
        WithDeprecatedFilter(Schema.AddField(new FieldDefinition("directives", new NonNullType(new ListType(new NonNullType(DirectiveType))))
        {
            Description = "A list of all directives supported by this server.",
            Resolver = context => new ValueTask<object?>(Filter(context.Parent<Types.Schema>().Directives, d => d.IsDeprecated, context)),
        }));

        Add(Type, "kind", new NonNullType(TypeKind), KindOf);
        Add(Type, "name", Scalars.String, t => (t as INamedType)?.Name);
        Add(Type, "description", Scalars.String, t => (t as INamedType)?.Description);
        Add(Type, "specifiedByURL", Scalars.String, t => (t as ScalarType)?.SpecifiedByUrl);
        WithDeprecatedFilter(Type.AddField(new FieldDefinition("fields", new ListType(new NonNullType(FieldType)))
        {
            Resolver = context => new ValueTask<object?>(context.Source is FieldsType fields
                ? Filter(fields.Fields, f => f.IsDeprecated, context)
                : null),
        }));
        Add(Type, "interfaces", new ListType(nonNullType), t => (t as FieldsType)?.Interfaces);
        Type.AddField(new FieldDefinition("possibleTypes", new ListType(nonNullType))
        {
            Resolver = context => new ValueTask<object?>(context.Source is IAbstractType abstractType
                ? context.Schema.GetPossibleTypes(abstractType)
                : null),
        });
        WithDeprecatedFilter(Type.AddField(new FieldDefinition("enumValues", new ListType(new NonNullType(EnumValueType)))
        {
            Resolver = context => new ValueTask<object?>(context.Source is EnumType enumType
                ? Filter(enumType.Values, v => v.IsDeprecated, context)
                : null),
        }));
        WithDeprecatedFilter(Type.AddField(new FieldDefinition("inputFields", new ListType(new NonNullType(InputValueType)))
        {
            Resolver = context => new ValueTask<object?>(context.Source is InputObjectType input
                ? Filter(input.Fields, f => f.IsDeprecated, context)
                : null),
        }));
        Add(Type, "ofType", Type, t => (t as IWrappingType)?.OfType);
        Add(Type, "isOneOf", Scalars.Boolean, t => t is InputObjectType input ? Box(input.IsOneOf) : null);

        Add(FieldType, "name", nonNullString, f => ((FieldDefinition)f).Name);
        Add(FieldType, "description", Scalars.String, f => ((FieldDefinition)f).Description);
        WithDeprecatedFilter(FieldType.AddField(new FieldDefinition("args", new NonNullType(new ListType(new NonNullType(InputValueType))))
        {
            Resolver = context => new ValueTask<object?>(Filter(context.Parent<FieldDefinition>().Arguments, a => a.IsDeprecated, context)),
        }));
        Add(FieldType, "type", nonNullType, f => ((FieldDefinition)f).Type);
        Add(FieldType, "isDeprecated", nonNullBoolean, f => Box(((FieldDefinition)f).IsDeprecated));
        Add(FieldType, "deprecationReason", Scalars.String, f => ((FieldDefinition)f).DeprecationReason);

        Add(InputValueType, "name", nonNullString, v => ((InputValueDefinition)v).Name);
        Add(InputValueType, "description", Scalars.String, v => ((InputValueDefinition)v).Description);
        Add(InputValueType, "type", nonNullType, v => ((InputValueDefinition)v).Type);
        Add(
            InputValueType,
            "defaultValue",
            Scalars.String,
            v => ((InputValueDefinition)v).DefaultValueLiteral is { } literal ? Printer.Print(literal) : null,
            "A GraphQL-formatted string representing the default value for this input value.");
        Add(InputValueType, "isDeprecated", nonNullBoolean, v => Box(((InputValueDefinition)v).IsDeprecated));
        Add(InputValueType, "deprecationReason", Scalars.String, v => ((InputValueDefinition)v).DeprecationReason);

        Add(EnumValueType, "name", nonNullString, v => ((EnumValue)v).Name);
        Add(EnumValueType, "description", Scalars.String, v => ((EnumValue)v).Description);
        Add(EnumValueType, "isDeprecated", nonNullBoolean, v => Box(((EnumValue)v).IsDeprecated));
        Add(EnumValueType, "deprecationReason", Scalars.String, v => ((EnumValue)v).DeprecationReason);

        Add(DirectiveType, "name", nonNullString, d => ((DirectiveDefinition)d).Name);
        Add(DirectiveType, "description", Scalars.String, d => ((DirectiveDefinition)d).Description);
        Add(DirectiveType, "isRepeatable", nonNullBoolean, d => Box(((DirectiveDefinition)d).IsRepeatable));
        Add(DirectiveType, "locations", new NonNullType(new ListType(new NonNullType(DirectiveLocationType))), d => ((DirectiveDefinition)d).Locations);
        WithDeprecatedFilter(DirectiveType.AddField(new FieldDefinition("args", new NonNullType(new ListType(new NonNullType(InputValueType))))
        {
            Resolver = context => new ValueTask<object?>(Filter(context.Parent<DirectiveDefinition>().Arguments, a => a.IsDeprecated, context)),
        }));
        Add(DirectiveType, "isDeprecated", nonNullBoolean, d => Box(((DirectiveDefinition)d).IsDeprecated));
        Add(DirectiveType, "deprecationReason", Scalars.String, d => ((DirectiveDefinition)d).DeprecationReason);

        return [Schema, Type, TypeKind, FieldType, InputValueType, EnumValueType, DirectiveType, DirectiveLocationType];
    }

    private static object Box(bool value) => value ? True : False;

    private static void Add(ObjectType type, string name, IGraphQLType fieldType, Func<object, object?> read, string? description = null) =>
        type.AddField(new FieldDefinition(name, fieldType) { SourceResolver = read, Description = description, DeclaringType = type });

    private static void WithDeprecatedFilter(FieldDefinition field)
    {
        var argument = new ArgumentDefinition("includeDeprecated", new NonNullType(Scalars.Boolean));
        argument.SetDefaultValue(false);
        field.AddArgument(argument);
    }

    private static object Filter<T>(IEnumerable<T> items, Func<T, bool> isDeprecated, IResolverContext context)
    {
        if (context.ArgumentValue<bool>("includeDeprecated"))
        {
            return items;
        }

        var result = new List<T>();
        foreach (var item in items)
        {
            if (!isDeprecated(item))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static string KindOf(object type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        NonNullType => "NON_NULL",
        _ => throw new InvalidOperationException("Unexpected type: " + type + "."),
    };
}
