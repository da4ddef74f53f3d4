using GraphQL.Validation.Rules;

namespace GraphQL.Validation;

/// <summary>The rules of spec §5 in graphql-js 17's order (its <c>specifiedRules</c>, without @defer/@stream).</summary>
public static class SpecifiedRules
{
    /// <summary>Every specified rule, applied by <see cref="DocumentValidator.Validate"/> by default.</summary>
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        ExecutableDefinitionsRule.Instance,
        KnownOperationTypesRule.Instance,
        UniqueOperationNamesRule.Instance,
        LoneAnonymousOperationRule.Instance,
        SingleFieldSubscriptionsRule.Instance,
        KnownTypeNamesRule.Instance,
        FragmentsOnCompositeTypesRule.Instance,
        VariablesAreInputTypesRule.Instance,
        ScalarLeafsRule.Instance,
        FieldsOnCorrectTypeRule.Instance,
        UniqueFragmentNamesRule.Instance,
        KnownFragmentNamesRule.Instance,
        NoUnusedFragmentsRule.Instance,
        PossibleFragmentSpreadsRule.Instance,
        NoFragmentCyclesRule.Instance,
        UniqueVariableNamesRule.Instance,
        NoUndefinedVariablesRule.Instance,
        NoUnusedVariablesRule.Instance,
        KnownDirectivesRule.Instance,
        UniqueDirectivesPerLocationRule.Instance,
        KnownArgumentNamesRule.Instance,
        UniqueArgumentNamesRule.Instance,
        ValuesOfCorrectTypeRule.Instance,
        ProvidedRequiredArgumentsRule.Instance,
        VariablesInAllowedPositionRule.Instance,
        OverlappingFieldsCanBeMergedRule.Instance,
        UniqueInputFieldNamesRule.Instance,
        MaxIntrospectionDepthRule.Instance,
    ];
}
