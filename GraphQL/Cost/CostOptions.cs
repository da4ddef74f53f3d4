namespace GraphQL.Cost;

/// <summary>
/// Limits and default weights of cost analysis, HotChocolate's defaults unless set: a resolver costs 10, an object 1, a
/// leaf 0; a connection or offset page without a slicing argument is assumed to hold 50 items; <c>where</c> and
/// <c>order</c> arguments cost 10, each filter operation 10 (string matching 20) and each sort field 10.
/// </summary>
public sealed class CostOptions
{
    /// <summary>The largest field cost (the work of resolving) a request may have. Default 1,000.</summary>
    public double MaxFieldCost { get; set; } = 1_000;

    /// <summary>The largest type cost (the objects in the response) a request may have. Default 1,000.</summary>
    public double MaxTypeCost { get; set; } = 1_000;

    /// <summary>Whether requests over a maximum are refused with <c>COST_LIMIT_EXCEEDED</c>; when false costs are only reported.</summary>
    public bool EnforceCostLimits { get; set; } = true;

    /// <summary>Whether the defaults below are written into the schema as <c>@cost</c> and <c>@listSize</c> where none is set.</summary>
    public bool ApplyCostDefaults { get; set; } = true;

    /// <summary>The weight of a field with its own resolver (not a property read). Default 10.</summary>
    public double DefaultResolverCost { get; set; } = 10;

    /// <summary>The page size assumed for a paged field without <c>first</c>, <c>last</c> or <c>take</c>. Default 50.</summary>
    public int AssumedPageSize { get; set; } = 50;

    /// <summary>The length assumed for a list without <c>@listSize</c> (every list that can grow is paged). Default 1.</summary>
    public double DefaultListSize { get; set; } = 1;

    /// <summary>The weight of a <c>where</c> argument. Default 10.</summary>
    public double FilterArgumentCost { get; set; } = 10;

    /// <summary>The weight of one filter operation (<c>eq</c>, <c>in</c>, <c>gt</c>…). Default 10.</summary>
    public double FilterOperationCost { get; set; } = 10;

    /// <summary>The weight of a string-matching filter operation (<c>contains</c>, <c>startsWith</c>, <c>endsWith</c> and their negations). Default 20.</summary>
    public double ExpensiveFilterOperationCost { get; set; } = 20;

    /// <summary>The weight of an <c>order</c> argument. Default 10.</summary>
    public double SortArgumentCost { get; set; } = 10;

    /// <summary>The weight of one sort field. Default 10.</summary>
    public double SortOperationCost { get; set; } = 10;
}
