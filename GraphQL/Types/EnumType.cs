using GraphQL.Error;
using GraphQL.Language.Ast;
using GraphQL.Utilities;

namespace GraphQL.Types;

/// <summary>One value of an enum type: its name in GraphQL and the internal value it stands for.</summary>
public sealed class EnumValue : SchemaElement
{
    /// <summary>Creates an enum value; the internal value defaults to the name.</summary>
    public EnumValue(string name, object? value = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Value = value ?? name;
    }

    /// <summary>The value's name, e.g. <c>IN_PROGRESS</c>.</summary>
    public string Name { get; }

    /// <summary>The internal value (a CLR enum member or the name).</summary>
    public object Value { get; }

    /// <summary>The reason the value is deprecated, or null.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}

/// <summary>An enum type: a leaf type with a fixed set of named values.</summary>
public class EnumType : NamedType, ILeafType
{
    private Dictionary<object, EnumValue>? _byValue;

    /// <summary>Creates an enum type.</summary>
    public EnumType(string name)
        : base(name)
    {
    }

    /// <summary>The values in declaration order.</summary>
    public NamedCollection<EnumValue> Values { get; } = new(v => v.Name);

    /// <summary>Adds a value and returns this type.</summary>
    public EnumType AddValue(EnumValue value)
    {
        Values.Add(value);
        _byValue = null;
        return this;
    }

    /// <summary>Adds a value by name (its internal value is the name) and returns this type.</summary>
    public EnumType AddValue(string name, object? value = null, string? description = null) =>
        AddValue(new EnumValue(name, value) { Description = description });

    /// <summary>Converts an internal value to the name written to the response.</summary>
    public string Serialize(object value)
    {
        var byValue = _byValue ??= BuildValueLookup();
        if (byValue.TryGetValue(value, out var enumValue))
        {
            return enumValue.Name;
        }

        throw new GraphQLException(new GraphQLError("Enum \"" + Name + "\" cannot represent value: " + Inspector.Inspect(value)));
    }

    /// <summary>Converts a variable value (the value's name as a string) to the internal value.</summary>
    public object ParseValue(object value, bool hideSuggestions = false)
    {
        if (value is not string name)
        {
            var text = Inspector.Inspect(value);
            throw new GraphQLException(new GraphQLError(
                "Enum \"" + Name + "\" cannot represent non-string value: " + text + "." + Suggest(text, hideSuggestions)));
        }

        return Values[name]?.Value
            ?? throw new GraphQLException(new GraphQLError(
                "Value \"" + name + "\" does not exist in \"" + Name + "\" enum." + Suggest(name, hideSuggestions)));
    }

    /// <summary>Converts an enum literal to the internal value.</summary>
    public object ParseLiteral(ValueNode literal, bool hideSuggestions = false)
    {
        var text = Scalars.Print(literal);
        if (literal is not EnumValueNode enumNode)
        {
            throw new GraphQLException(new GraphQLError(
                "Enum \"" + Name + "\" cannot represent non-enum value: " + text + "." + Suggest(text, hideSuggestions), literal));
        }

        return Values[enumNode.Value]?.Value
            ?? throw new GraphQLException(new GraphQLError(
                "Value \"" + text + "\" does not exist in \"" + Name + "\" enum." + Suggest(text, hideSuggestions), literal));
    }

    /// <summary>Converts an internal value to an enum literal, or null when it is not one of the values.</summary>
    public ValueNode? ValueToLiteral(object value)
    {
        var byValue = _byValue ??= BuildValueLookup();
        return byValue.TryGetValue(value, out var enumValue) ? new EnumValueNode { Value = enumValue.Name } : null;
    }

    private string Suggest(string input, bool hide) =>
        hide ? "" : Suggestions.DidYouMean(Suggestions.List(input, Values.Select(v => v.Name)), "the enum value");

    private Dictionary<object, EnumValue> BuildValueLookup()
    {
        var lookup = new Dictionary<object, EnumValue>();
        foreach (var value in Values)
        {
            lookup.TryAdd(value.Value, value);
        }

        return lookup;
    }
}
