using System.Globalization;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Cost;

/// <summary>
/// The <c>@cost</c> and <c>@listSize</c> directives of the IBM GraphQL Cost Directives specification, and the ways to
/// apply them in code. Both are printed in SDL where they are applied, as HotChocolate prints them.
/// </summary>
public static class CostDirectives
{
    /// <summary>The name of <c>@cost</c>.</summary>
    public const string CostName = "cost";

    /// <summary>The name of <c>@listSize</c>.</summary>
    public const string ListSizeName = "listSize";

    /// <summary>Adds the definitions of <c>@cost</c> and <c>@listSize</c> to the schema, so its SDL declares and prints them.</summary>
    public static SchemaBuilder AddCostDirectives(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddDirective(CreateCostDirective()).AddDirective(CreateListSizeDirective());
    }

    /// <summary>Sets the field's weight (<c>@cost</c>), replacing the default (10 for a resolver, 1 for an object, 0 for a leaf).</summary>
    public static FieldDescriptor Cost(this FieldDescriptor field, double weight)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Directive(CostName, CostArguments(weight));
    }

    /// <summary>Sets the argument's weight (<c>@cost</c>), added whenever a request gives it.</summary>
    public static ArgumentDescriptor Cost(this ArgumentDescriptor argument, double weight)
    {
        ArgumentNullException.ThrowIfNull(argument);
        return argument.Directive(CostName, CostArguments(weight));
    }

    /// <summary>Says how long the list the field returns is (<c>@listSize</c>).</summary>
    /// <param name="field">The field.</param>
    /// <param name="assumedSize">The length assumed when no slicing argument is given.</param>
    /// <param name="slicingArguments">Arguments whose value is the length (the largest given one counts).</param>
    /// <param name="sizedFields">Child fields whose lists have that length, e.g. <c>edges</c> and <c>nodes</c> of a connection.</param>
    /// <param name="requireOneSlicingArgument">Whether a request must give exactly one of the slicing arguments.</param>
    public static FieldDescriptor ListSize(
        this FieldDescriptor field,
        int? assumedSize = null,
        IReadOnlyList<string>? slicingArguments = null,
        IReadOnlyList<string>? sizedFields = null,
        bool requireOneSlicingArgument = true)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Directive(ListSizeName, ListSizeArguments(assumedSize, slicingArguments, sizedFields, requireOneSlicingArgument));
    }

    /// <summary>Sets the weight of any schema element (a type, an argument, an input field) after it is built; replaces an earlier weight.</summary>
    public static T WithCost<T>(this T element, double weight)
        where T : SchemaElement
    {
        ArgumentNullException.ThrowIfNull(element);
        RemoveApplied(element, CostName);
        element.AppliedDirectives.Add(new AppliedDirective(CostName, CostArguments(weight)));
        return element;
    }

    /// <summary>Sets the <c>@listSize</c> of a built field; replaces an earlier one.</summary>
    public static FieldDefinition WithListSize(
        this FieldDefinition field,
        int? assumedSize = null,
        IReadOnlyList<string>? slicingArguments = null,
        IReadOnlyList<string>? sizedFields = null,
        bool requireOneSlicingArgument = true)
    {
        ArgumentNullException.ThrowIfNull(field);
        RemoveApplied(field, ListSizeName);
        field.AppliedDirectives.Add(new AppliedDirective(ListSizeName, ListSizeArguments(assumedSize, slicingArguments, sizedFields, requireOneSlicingArgument)));
        return field;
    }

    /// <summary>The element's <c>@cost</c> weight, or null when it has none.</summary>
    public static double? WeightOf(SchemaElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        foreach (var applied in element.AppliedDirectives)
        {
            if (applied.Name == CostName && applied.Arguments.GetValueOrDefault("weight") is { } weight)
            {
                return weight switch
                {
                    string text => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                    IConvertible number => number.ToDouble(CultureInfo.InvariantCulture),
                    _ => null,
                };
            }
        }

        return null;
    }

    /// <summary>The field's <c>@listSize</c>, or null when it has none.</summary>
    public static ListSizeSettings? ListSizeOf(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        foreach (var applied in field.AppliedDirectives)
        {
            if (applied.Name != ListSizeName)
            {
                continue;
            }

            var arguments = applied.Arguments;
            return new ListSizeSettings(
                arguments.GetValueOrDefault("assumedSize") is IConvertible size ? size.ToInt32(CultureInfo.InvariantCulture) : null,
                Strings(arguments.GetValueOrDefault("slicingArguments")),
                Strings(arguments.GetValueOrDefault("sizedFields")),
                arguments.GetValueOrDefault("requireOneSlicingArgument") as bool? ?? true);
        }

        return null;
    }

    internal static bool Has(SchemaElement element, string name) => element.AppliedDirectives.Any(d => d.Name == name);

    private static IReadOnlyList<string> Strings(object? value) =>
        value is System.Collections.IEnumerable items and not string ? [.. items.OfType<string>()] : [];

    private static void RemoveApplied(SchemaElement element, string name)
    {
        for (var i = element.AppliedDirectives.Count - 1; i >= 0; i--)
        {
            if (element.AppliedDirectives[i].Name == name)
            {
                element.AppliedDirectives.RemoveAt(i);
            }
        }
    }

    internal static Dictionary<string, object?> CostArguments(double weight) =>
        new(StringComparer.Ordinal) { ["weight"] = weight.ToString(CultureInfo.InvariantCulture) };

    internal static Dictionary<string, object?> ListSizeArguments(
        int? assumedSize, IReadOnlyList<string>? slicingArguments, IReadOnlyList<string>? sizedFields, bool requireOneSlicingArgument)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (assumedSize is { } size)
        {
            arguments["assumedSize"] = size;
        }

        if (slicingArguments is { Count: > 0 })
        {
            arguments["slicingArguments"] = slicingArguments.ToList();
        }

        if (sizedFields is { Count: > 0 })
        {
            arguments["sizedFields"] = sizedFields.ToList();
        }

        arguments["requireOneSlicingArgument"] = requireOneSlicingArgument;
        return arguments;
    }

    /// <summary>
    /// A new <c>@cost(weight: String!)</c> definition, on argument definitions, enums, field definitions, input field definitions,
    /// objects and scalars: the weight each appearance of the element adds to the cost.
    /// </summary>
    public static DirectiveDefinition CreateCostDirective()
    {
        var cost = new DirectiveDefinition(
            CostName,
            [
                DirectiveLocation.ArgumentDefinition, DirectiveLocation.Enum, DirectiveLocation.FieldDefinition,
                DirectiveLocation.InputFieldDefinition, DirectiveLocation.Object, DirectiveLocation.Scalar,
            ])
        {
            Description = "The purpose of the `cost` directive is to define a `weight` for GraphQL types, fields, and arguments. Static analysis can use these weights when calculating the overall cost of a query or response.",
            IsPrintedWhereApplied = true,
        };
        cost.AddArgument(new ArgumentDefinition("weight", new NonNullType(Scalars.String))
        {
            Description = "The `weight` argument defines what value to add to the overall cost for every appearance, or possible appearance, of a type, field, argument, etc.",
        });
        return cost;
    }

    /// <summary>
    /// A new <c>@listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true)</c>
    /// definition, on field definitions: how long the list a field returns is, or where to read its length.
    /// </summary>
    public static DirectiveDefinition CreateListSizeDirective()
    {
        var listSize = new DirectiveDefinition(ListSizeName, [DirectiveLocation.FieldDefinition])
        {
            Description = "The purpose of the `@listSize` directive is to either inform the static analysis about the size of returned lists (if that information is statically available), or to point the analysis to where to find that information.",
            IsPrintedWhereApplied = true,
        };
        listSize.AddArgument(new ArgumentDefinition("assumedSize", Scalars.Int)
        {
            Description = "The `assumedSize` argument can be used to statically define the maximum length of a list returned by a field.",
        });
        listSize.AddArgument(new ArgumentDefinition("slicingArguments", new ListType(new NonNullType(Scalars.String)))
        {
            Description = "The `slicingArguments` argument can be used to define which of the field's arguments with numeric type are slicing arguments, so that their value determines the size of the list returned by that field. It may specify a list of multiple slicing arguments.",
        });
        listSize.AddArgument(new ArgumentDefinition("sizedFields", new ListType(new NonNullType(Scalars.String)))
        {
            Description = "The `sizedFields` argument can be used to define that the value of the `assumedSize` argument or of a slicing argument does not affect the size of a list returned by a field itself, but that of a list returned by one of its sub-fields.",
        });
        var requireOne = new ArgumentDefinition("requireOneSlicingArgument", Scalars.Boolean)
        {
            Description = "The `requireOneSlicingArgument` argument can be used to inform the static analysis that it should expect that exactly one of the defined slicing arguments is present in a query. If that is not the case (i.e., if none or multiple slicing arguments are present), the static analysis may throw an error.",
        };
        requireOne.SetDefaultValue(true);
        listSize.AddArgument(requireOne);
        return listSize;
    }
}

/// <summary>The settings of a field's <c>@listSize</c>.</summary>
/// <param name="AssumedSize">The length assumed when no slicing argument is given, or null.</param>
/// <param name="SlicingArguments">Arguments whose value is the length.</param>
/// <param name="SizedFields">Child fields whose lists have the length instead of the field itself.</param>
/// <param name="RequireOneSlicingArgument">Whether exactly one slicing argument must be given.</param>
public sealed record ListSizeSettings(
    int? AssumedSize, IReadOnlyList<string> SlicingArguments, IReadOnlyList<string> SizedFields, bool RequireOneSlicingArgument);
