using GraphQL.Data;
using GraphQL.Introspection;
using GraphQL.Types;

namespace GraphQL.Cost;

/// <summary>
/// Writes HotChocolate's default <c>@cost</c> and <c>@listSize</c> into a built schema wherever none is set, so the SDL
/// shows the weights the analysis uses: resolvers, paged fields, lists fetched by <c>ids</c>, and the <c>where</c> and
/// <c>order</c> arguments with the operations of their input types. Applying twice changes nothing.
/// </summary>
public static class CostDefaults
{
    private static readonly HashSet<string> StringMatching = ["contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    /// <summary>Applies the defaults of <paramref name="options"/> to every field of the schema's own types.</summary>
    public static void Apply(Schema schema, CostOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        var filterTypes = new HashSet<InputObjectType>();
        var sortTypes = new HashSet<InputObjectType>();
        foreach (var type in schema.Types)
        {
            if (type is not FieldsType fieldsType || IntrospectionTypes.IsIntrospectionType(type))
            {
                continue;
            }

            foreach (var field in fieldsType.Fields)
            {
                ApplyToField(field, options, filterTypes, sortTypes);
            }
        }

        foreach (var filter in filterTypes)
        {
            foreach (var field in filter.Fields)
            {
                if (field.Type.NamedType() is not InputObjectType && !CostDirectives.Has(field, CostDirectives.CostName))
                {
                    field.WithCost(StringMatching.Contains(field.Name) ? options.ExpensiveFilterOperationCost : options.FilterOperationCost);
                }
            }
        }

        foreach (var sort in sortTypes)
        {
            foreach (var field in sort.Fields)
            {
                if (field.Type.NamedType() is not InputObjectType && !CostDirectives.Has(field, CostDirectives.CostName))
                {
                    field.WithCost(options.SortOperationCost);
                }
            }
        }
    }

    private static void ApplyToField(FieldDefinition field, CostOptions options, HashSet<InputObjectType> filterTypes, HashSet<InputObjectType> sortTypes)
    {
        if (field.Metadata.ContainsKey(DataFields.PagedKey) && !CostDirectives.Has(field, CostDirectives.ListSizeName))
        {
            if (field.GetArgument("first") is not null)
            {
                field.WithListSize(options.AssumedPageSize, ["first", "last"], ["edges", "nodes"], requireOneSlicingArgument: false);
            }
            else if (field.GetArgument("take") is not null)
            {
                field.WithListSize(options.AssumedPageSize, ["take"], ["items"], requireOneSlicingArgument: false);
            }
        }

        // A list fetched by ids (Relay's nodes) holds one item per id.
        if (field.Type.Nullable() is ListType && field.GetArgument("ids") is { } ids && ids.Type.Nullable() is ListType
            && !CostDirectives.Has(field, CostDirectives.ListSizeName))
        {
            field.WithListSize(slicingArguments: ["ids"], requireOneSlicingArgument: false);
        }

        if ((field.Resolver is not null || field.Subscriber is not null) && options.DefaultResolverCost > 0 && !CostDirectives.Has(field, CostDirectives.CostName))
        {
            field.WithCost(options.DefaultResolverCost);
        }

        foreach (var argument in field.Arguments)
        {
            if (argument.Type.NamedType() is not InputObjectType input || CostDirectives.Has(argument, CostDirectives.CostName))
            {
                continue;
            }

            if (argument.Name == "where")
            {
                argument.WithCost(options.FilterArgumentCost);
                Collect(input, filterTypes);
            }
            else if (argument.Name == "order")
            {
                argument.WithCost(options.SortArgumentCost);
                Collect(input, sortTypes);
            }
        }
    }

    // Every input object reachable from an argument's type: the operation inputs of nested filters and sorts.
    private static void Collect(InputObjectType type, HashSet<InputObjectType> found)
    {
        if (!found.Add(type))
        {
            return;
        }

        foreach (var field in type.Fields)
        {
            if (field.Type.NamedType() is InputObjectType nested)
            {
                Collect(nested, found);
            }
        }
    }
}
