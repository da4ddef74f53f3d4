using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>A directive definition: its name, arguments, locations and whether it may repeat.</summary>
public sealed class DirectiveDefinition : SchemaElement
{
    /// <summary>Creates a directive definition.</summary>
    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, bool isRepeatable = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Locations = [.. locations];
        IsRepeatable = isRepeatable;
    }

    /// <summary>The name, without the @.</summary>
    public string Name { get; }

    /// <summary>The locations the directive may appear at.</summary>
    public IList<DirectiveLocation> Locations { get; }

    /// <summary>True when the directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; set; }

    /// <summary>The arguments in declaration order.</summary>
    public IList<ArgumentDefinition> Arguments { get; } = new List<ArgumentDefinition>();

    /// <summary>The reason the directive is deprecated, or null.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>
    /// Whether the SDL printer writes this directive on the elements it is applied to, as HotChocolate prints its
    /// public directives (e.g. <c>@cost</c>); graphql-js prints no applied directives, the default.
    /// </summary>
    public bool IsPrintedWhereApplied { get; set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Finds an argument by name.</summary>
    public ArgumentDefinition? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>Adds an argument and returns this directive.</summary>
    public DirectiveDefinition AddArgument(ArgumentDefinition argument)
    {
        Arguments.Add(argument);
        return this;
    }

    /// <summary>The directive as <c>@name</c>.</summary>
    public override string ToString() => "@" + Name;
}

/// <summary>The directives every schema has.</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    public static readonly DirectiveDefinition Include = Build(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        new ArgumentDefinition("if", new NonNullType(Scalars.Boolean)) { Description = "Included when true." });

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    public static readonly DirectiveDefinition Skip = Build(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        new ArgumentDefinition("if", new NonNullType(Scalars.Boolean)) { Description = "Skipped when true." });

    /// <summary><c>@deprecated(reason: String! = "No longer supported")</c>.</summary>
    public static readonly DirectiveDefinition Deprecated = Build(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [
            DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition,
            DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition,
        ],
        WithDefault(
            new ArgumentDefinition("reason", new NonNullType(Scalars.String))
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            },
            DefaultDeprecationReason));

    /// <summary><c>@specifiedBy(url: String!)</c>.</summary>
    public static readonly DirectiveDefinition SpecifiedBy = Build(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.Scalar],
        new ArgumentDefinition("url", new NonNullType(Scalars.String)) { Description = "The URL that specifies the behavior of this scalar." });

    /// <summary><c>@oneOf</c>.</summary>
    public static readonly DirectiveDefinition OneOf = Build(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [DirectiveLocation.InputObject]);

    /// <summary>The built-in directives in graphql-js's order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>True for the name of a built-in directive.</summary>
    public static bool IsSpecified(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";

    private static ArgumentDefinition WithDefault(ArgumentDefinition argument, object value)
    {
        argument.SetDefaultValue(value);
        return argument;
    }

    private static DirectiveDefinition Build(string name, string description, DirectiveLocation[] locations, params ArgumentDefinition[] arguments)
    {
        var directive = new DirectiveDefinition(name, locations) { Description = description };
        foreach (var argument in arguments)
        {
            argument.Coordinate = "@" + name + "(" + argument.Name + ":)";
            directive.Arguments.Add(argument);
        }

        return directive;
    }
}
