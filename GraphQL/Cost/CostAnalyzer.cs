using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Cost;

/// <summary>The cost of one operation: field cost (the work of resolving) and type cost (the objects in the response).</summary>
/// <param name="FieldCost">The summed weights of the fields and arguments, multiplied by the lengths of the lists they sit in.</param>
/// <param name="TypeCost">The number of objects (weighted by type) the response may hold.</param>
public sealed record CostMetrics(double FieldCost, double TypeCost);

/// <summary>
/// Static cost analysis by the IBM GraphQL Cost Directives specification: walks an operation's collected fields with the
/// request's variables (so slicing arguments, <c>@skip</c> and <c>@include</c> take their real values) and sums the
/// weights of <c>@cost</c>, multiplying by list lengths from <c>@listSize</c>. Abstract types count their costliest
/// possible type. Introspection fields cost nothing. Thread-safe.
/// </summary>
public sealed class CostAnalyzer
{
    private readonly Schema _schema;
    private readonly CostOptions _options;
    private readonly ConcurrentDictionary<FieldDefinition, FieldWeights> _fields = new();

    /// <summary>Creates the analyzer; writes the default weights into the schema when <see cref="CostOptions.ApplyCostDefaults"/> is on.</summary>
    public CostAnalyzer(Schema schema, CostOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxFieldCost, nameof(options.MaxFieldCost));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxTypeCost, nameof(options.MaxTypeCost));
        ArgumentOutOfRangeException.ThrowIfNegative(options.DefaultListSize, nameof(options.DefaultListSize));
        ArgumentOutOfRangeException.ThrowIfNegative(options.AssumedPageSize, nameof(options.AssumedPageSize));
        _schema = schema;
        _options = options;
        if (options.ApplyCostDefaults)
        {
            CostDefaults.Apply(schema, options);
        }
    }

    /// <summary>The options in force.</summary>
    public CostOptions Options => _options;

    /// <summary>
    /// The cost of the planned operation with the request's coerced variables; throws <see cref="GraphQLException"/>
    /// (<c>SLICING_ARGUMENT_REQUIRED</c>) when a field requiring exactly one slicing argument gets none or several.
    /// </summary>
    public CostMetrics Analyze(OperationPlan plan, IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(variables);
        var specialised = plan.ForVariables(variables);
        var (fieldCost, typeCost) = Selections(specialised.RootPlan.Fields, null, variables);
        return new CostMetrics(fieldCost, TypeWeight(specialised.RootType) + typeCost);
    }

    /// <summary>The errors of a request whose cost is over a maximum, or none.</summary>
    public IReadOnlyList<GraphQLError> CheckLimits(CostMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (metrics.FieldCost > _options.MaxFieldCost)
        {
            return [LimitError("field", metrics.FieldCost, _options.MaxFieldCost)];
        }

        return metrics.TypeCost > _options.MaxTypeCost ? [LimitError("type", metrics.TypeCost, _options.MaxTypeCost)] : [];
    }

    private static GraphQLError LimitError(string kind, double cost, double maximum) => new(
        $"The operation's {kind} cost {Number(cost)} exceeds the maximum allowed {kind} cost of {Number(maximum)}.",
        extensions: new Dictionary<string, object?>
        {
            ["code"] = CostErrorCodes.CostLimitExceeded,
            [kind + "Cost"] = cost,
            ["max" + char.ToUpperInvariant(kind[0]) + kind[1..] + "Cost"] = maximum,
        });

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private (double FieldCost, double TypeCost) Selections(
        IReadOnlyList<SelectedField> fields, (ListSizeSettings Settings, double Size)? sizing, IReadOnlyDictionary<string, object?> variables)
    {
        double fieldCost = 0, typeCost = 0;
        foreach (var field in fields)
        {
            double? inherited = sizing is { } s && s.Settings.SizedFields.Contains(field.Field.Name) ? s.Size : null;
            var (f, t) = Field(field, inherited, variables);
            fieldCost += f;
            typeCost += t;
        }

        return (fieldCost, typeCost);
    }

    private (double FieldCost, double TypeCost) Field(SelectedField selected, double? inheritedSize, IReadOnlyDictionary<string, object?> variables)
    {
        var definition = selected.Field;
        if (definition.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return (0, 0);
        }

        var weights = _fields.GetOrAdd(definition, Weigh);
        var arguments = ArgumentsOf(selected, variables);
        var size = inheritedSize ?? 1;
        var sizesChildren = false;
        if (inheritedSize is null && weights.ListSize is { } listSize)
        {
            size = SliceSize(selected, listSize, arguments) ?? listSize.AssumedSize ?? _options.DefaultListSize;
            sizesChildren = listSize.SizedFields.Count > 0;
        }
        else if (inheritedSize is null && weights.IsList)
        {
            size = _options.DefaultListSize;
        }

        var multiplier = sizesChildren ? (weights.IsList ? _options.DefaultListSize : 1) : size;
        var fieldCost = weights.Weight + ArgumentsCost(definition, arguments);
        var named = definition.Type.NamedType();
        if (named is not ICompositeType composite)
        {
            return (fieldCost, multiplier * TypeWeight(named));
        }

        (ListSizeSettings, double)? sizing = sizesChildren ? (weights.ListSize!, size) : null;
        double childFieldCost = 0, childTypeCost = 0;
        foreach (var type in composite is ObjectType objectType ? [objectType] : _schema.GetPossibleTypes((IAbstractType)composite))
        {
            var (f, t) = Selections(selected.GetSelections(type), sizing, variables);
            childFieldCost = Math.Max(childFieldCost, f);
            childTypeCost = Math.Max(childTypeCost, TypeWeight(type) + t);
        }

        return (fieldCost + multiplier * childFieldCost, multiplier * childTypeCost);
    }

    private static IReadOnlyDictionary<string, object?> ArgumentsOf(SelectedField selected, IReadOnlyDictionary<string, object?> variables)
    {
        try
        {
            return selected.GetArguments(variables);
        }
        catch (GraphQLException)
        {
            // Execution reports invalid arguments; they cost nothing here.
            return new Dictionary<string, object?>();
        }
    }

    private double? SliceSize(SelectedField selected, ListSizeSettings listSize, IReadOnlyDictionary<string, object?> arguments)
    {
        double? size = null;
        var given = 0;
        foreach (var name in listSize.SlicingArguments)
        {
            var length = arguments.GetValueOrDefault(name) switch
            {
                null => (double?)null,
                string => null,
                IEnumerable items => items.Cast<object?>().Count(),
                IConvertible number => Math.Max(0, number.ToDouble(CultureInfo.InvariantCulture)),
                _ => null,
            };
            if (length is { } value)
            {
                given++;
                size = Math.Max(size ?? 0, value);
            }
        }

        if (listSize.RequireOneSlicingArgument && listSize.SlicingArguments.Count > 0 && given != 1)
        {
            throw new GraphQLException(new GraphQLError(
                $"Exactly one slicing argument ({string.Join(", ", listSize.SlicingArguments)}) must be given to \"{selected.ParentType.Name}.{selected.Field.Name}\".",
                [selected.Node],
                extensions: new Dictionary<string, object?> { ["code"] = CostErrorCodes.SlicingArgumentRequired }));
        }

        return size;
    }

    private static double ArgumentsCost(FieldDefinition definition, IReadOnlyDictionary<string, object?> arguments)
    {
        double cost = 0;
        foreach (var (name, value) in arguments)
        {
            if (value is null || definition.GetArgument(name) is not { } argument)
            {
                continue;
            }

            cost += InputWeight(argument) + InputCost(value, argument.Type);
        }

        return cost;
    }

    // An input value's own weight: @cost, else 1 for an input object and 0 for a leaf, as HotChocolate weighs them.
    private static double InputWeight(InputValueDefinition input) =>
        CostDirectives.WeightOf(input) ?? (input.Type.NamedType() is InputObjectType ? 1 : 0);

    private static double InputCost(object? value, IGraphQLType type)
    {
        switch (type.Nullable())
        {
            case ListType list when value is IEnumerable items and not string:
                double sum = 0;
                foreach (var item in items)
                {
                    sum += InputCost(item, list.OfType);
                }

                return sum;
            case InputObjectType input when value is IReadOnlyDictionary<string, object?> fields:
                double total = 0;
                foreach (var (name, fieldValue) in fields)
                {
                    if (fieldValue is not null && input.GetField(name) is { } field)
                    {
                        total += InputWeight(field) + InputCost(fieldValue, field.Type);
                    }
                }

                return total;
            default:
                return 0;
        }
    }

    private static double TypeWeight(INamedType type) =>
        (type as SchemaElement is { } element ? CostDirectives.WeightOf(element) : null) ?? (type is ICompositeType ? 1 : 0);

    private static FieldWeights Weigh(FieldDefinition field) => new(
        CostDirectives.WeightOf(field) ?? (field.Type.NamedType() is ICompositeType ? 1 : 0),
        CostDirectives.ListSizeOf(field),
        field.Type.Nullable() is ListType);

    private sealed record FieldWeights(double Weight, ListSizeSettings? ListSize, bool IsList);
}
