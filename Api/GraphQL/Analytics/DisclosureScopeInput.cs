using System.Linq.Expressions;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Types;
using Housing.Api.GraphQL.Complexes;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;

namespace Housing.Api.GraphQL.Analytics;

/// <summary>Which disclosures a statistics, compliance or export request reads: a filter of complexes and a range of months.</summary>
[GraphQLDescription("Which disclosures to read: the complexes subject to disclosure (100+ households) that match `complexes` (the same filter as `complexes(where:)`: region by `sigunguCode` or `bjdCode`, housing, sale and heating type, households, approval date, operator…) and the months from `from` to `to`, at most 120 months.")]
public sealed record DisclosureScopeInput(
    [property: GraphQLType("ComplexFilterInput")]
    [property: GraphQLDescription("The complexes to read; every complex subject to disclosure when absent.")]
    IReadOnlyDictionary<string, object?>? Complexes,
    [property: GraphQLDescription("The first month, e.g. 2025-01.")] YearMonth From,
    [property: GraphQLDescription("The last month (inclusive), at most 119 months after `from`.")] YearMonth To)
{
    /// <summary>The roles that read disclosures in bulk: statistics, compliance and exports.</summary>
    public static readonly string[] Readers = DisclosureExportService.Requesters;

    /// <summary>
    /// The scope this input names, for <paramref name="actor"/>: analysts, district officers and platform admins read
    /// the complexes subject to disclosure (a district officer whose account names a district only those of that district),
    /// anyone else is refused. An invalid range fails with <c>INVALID_RANGE</c> and says what is allowed.
    /// </summary>
    public DisclosureScope ToScope(Actor actor)
    {
        if (!actor.IsAnyOf(Readers))
            throw HousingErrors.FieldError($"Disclosure statistics and exports are for the roles {string.Join(", ", Readers)}.",
                global::GraphQL.Authorization.GraphQLAuthorization.NotAuthorizedCode);
        try
        {
            return ScopeFor(actor);
        }
        catch (DomainException e)
        {
            throw HousingErrors.FieldError(e.Message, e.Code);
        }
    }

    /// <summary>
    /// The scope this input names, narrowed to what <paramref name="actor"/>'s account reaches; its refusals are domain
    /// errors (<c>INVALID_RANGE</c>, <c>OUTSIDE_DISTRICT</c>), as a mutation reports them.
    /// </summary>
    public DisclosureScope ScopeFor(Actor actor)
    {
        if (Complexes is not null && OutsideDistrict(actor, NamedSigunguCodes(Complexes)) is { } refusal)
            throw refusal;
        return DisclosureScope.Of(WithinReach(actor, Complexes is null ? null : ComplexPredicate(Complexes)), From, To);
    }

    public const string OutsideDistrictCode = "OUTSIDE_DISTRICT";

    /// <summary>
    /// The district an oversight reader's account limits them to: a district officer's whose account names one; null for
    /// analysts, platform admins and an officer whose account names none.
    /// </summary>
    public static string? DistrictOf(Actor actor) =>
        !actor.IsAnyOf(Roles.Analyst, Roles.PlatformAdmin) ? actor.DistrictCode : null;

    /// <summary>
    /// The complexes an oversight reader's account limits them to: those of <see cref="DistrictOf"/> (legal-dong codes under
    /// its sigungu code), or null when the account reaches every district.
    /// </summary>
    public static Expression<Func<Complex, bool>>? DistrictLimit(Actor actor) =>
        DistrictOf(actor) is { } district ? c => c.BjdCode.StartsWith(district) : null;

    /// <summary>
    /// The refusal of a request that names 시군구 codes outside the district <paramref name="actor"/>'s account is limited to
    /// (which would otherwise read as an empty result), or null when every code named is the account's district. The one rule
    /// of the GraphQL scopes (statistics, compliance, exports) and the streaming endpoint's <c>sigungu</c> parameter.
    /// </summary>
    public static DomainException? OutsideDistrict(Actor actor, IEnumerable<string> sigunguCodes)
    {
        if (DistrictOf(actor) is not { } district) return null;
        var outside = sigunguCodes.Where(c => c != district).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return outside.Count == 0
            ? null
            : new DomainException(OutsideDistrictCode,
                $"Your account belongs to district {district}; {string.Join(", ", outside)} {(outside.Count == 1 ? "is" : "are")} outside it. "
                + $"Ask for {district} or leave the district out (your results are always those of {district}); a platform admin can give an analyst account that reads every district.");
    }

    /// <summary>
    /// The 시군구 codes a <c>ComplexFilterInput</c> names, at any depth of <c>and</c>/<c>or</c>: <c>sigunguCode</c>'s
    /// <c>eq</c> and <c>in</c>, and the districts of <c>bjdCode</c>'s <c>eq</c>, <c>in</c> and of a <c>startsWith</c> of
    /// at least a whole 시군구 code (a legal-dong code begins with its 시군구 code; a shorter prefix names no one district).
    /// </summary>
    public static IEnumerable<string> NamedSigunguCodes(IReadOnlyDictionary<string, object?> filter)
    {
        foreach (var (field, value) in filter)
        {
            if (field is "sigunguCode" or "bjdCode" && value is IReadOnlyDictionary<string, object?> operations)
            {
                foreach (var code in NamedCodes(operations, field == "bjdCode")) yield return code;
            }
            else if (value is IReadOnlyDictionary<string, object?> nested)
            {
                foreach (var code in NamedSigunguCodes(nested)) yield return code;
            }
            else if (value is System.Collections.IEnumerable list and not string)
            {
                foreach (var code in list.OfType<IReadOnlyDictionary<string, object?>>().SelectMany(NamedSigunguCodes)) yield return code;
            }
        }
    }

    private const int SigunguCodeLength = 5;

    /// <summary>The 시군구 codes one code field's operations name, through their own <c>and</c>/<c>or</c>.</summary>
    private static IEnumerable<string> NamedCodes(IReadOnlyDictionary<string, object?> operations, bool legalDong)
    {
        string? District(string code) =>
            !legalDong ? code : code.Length >= SigunguCodeLength ? code[..SigunguCodeLength] : null;

        var named = new List<string?>();
        if (operations.GetValueOrDefault("eq") is string eq) named.Add(District(eq));
        if (operations.GetValueOrDefault("in") is System.Collections.IEnumerable codes and not string)
            named.AddRange(codes.OfType<string>().Select(District));
        if (legalDong && operations.GetValueOrDefault("startsWith") is string prefix) named.Add(District(prefix));
        foreach (var combined in new[] { "and", "or" })
            if (operations.GetValueOrDefault(combined) is System.Collections.IEnumerable parts and not string)
                named.AddRange(parts.OfType<IReadOnlyDictionary<string, object?>>().SelectMany(part => NamedCodes(part, legalDong)));
        return named.OfType<string>();
    }

    /// <summary><paramref name="filter"/> narrowed to the complexes <paramref name="actor"/>'s account limits them to (<see cref="DistrictLimit"/>).</summary>
    public static Expression<Func<Complex, bool>>? WithinReach(Actor actor, Expression<Func<Complex, bool>>? filter) =>
        DistrictLimit(actor) is { } district ? And(filter, district) : filter;

    /// <summary>The scope of the argument <paramref name="argument"/> (a <c>DisclosureScopeInput!</c>) for the caller.</summary>
    public static DisclosureScope FromArgument(IResolverContext context, string argument = "scope") =>
        context.ArgumentValue<DisclosureScopeInput>(argument).ToScope(context.Actor());

    /// <summary>
    /// A <c>ComplexFilterInput</c> value as a predicate over <see cref="Complex"/>: the engine's filter over the schema's
    /// <see cref="ComplexNode"/>, with each node property replaced by the column expression it is projected from.
    /// </summary>
    public static Expression<Func<Complex, bool>> ComplexPredicate(IReadOnlyDictionary<string, object?> filter)
    {
        var overNodes = FilterExpressions.Predicate<ComplexNode>(filter);
        var complex = Expression.Parameter(typeof(Complex), "c");
        var body = new NodeToComplex(overNodes.Parameters[0], complex).Visit(overNodes.Body);
        return Expression.Lambda<Func<Complex, bool>>(body, complex);
    }

    private static Expression<Func<Complex, bool>> And(Expression<Func<Complex, bool>>? first, Expression<Func<Complex, bool>> second) =>
        first is null
            ? second
            : Expression.Lambda<Func<Complex, bool>>(
                Expression.AndAlso(first.Body, new Replace(second.Parameters[0], first.Parameters[0]).Visit(second.Body)), first.Parameters[0]);

    /// <summary>Rewrites <c>node.Property</c> into the expression <see cref="ComplexNode.Projection"/> binds it to.</summary>
    private sealed class NodeToComplex(ParameterExpression node, ParameterExpression complex) : ExpressionVisitor
    {
        private static readonly Dictionary<string, Expression> Bindings =
            ((MemberInitExpression)ComplexNode.Projection.Body).Bindings.OfType<MemberAssignment>()
            .ToDictionary(b => b.Member.Name, b => b.Expression, StringComparer.Ordinal);

        protected override Expression VisitMember(MemberExpression member)
        {
            if (member.Expression == node && Bindings.TryGetValue(member.Member.Name, out var value))
                return new Replace(ComplexNode.Projection.Parameters[0], complex).Visit(value);
            return base.VisitMember(member);
        }

        protected override Expression VisitParameter(ParameterExpression parameter) =>
            parameter == node ? throw new InvalidOperationException("A complex filter used the node itself, not one of its facts.") : parameter;
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression parameter) => parameter == from ? to : parameter;
    }
}
