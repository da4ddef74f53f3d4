using Housing.Domain.Common;
using GraphQL.Types;

namespace Api.Tests.GraphQL.Support;

/// <summary>Domain messages name enum values with <see cref="ApiNames"/>; the schema names them with the engine's rule: both must agree.</summary>
public sealed class ApiNamesTests
{
    public static TheoryData<string> DomainEnumValueNames()
    {
        var names = new TheoryData<string>();
        foreach (var name in typeof(ApiNames).Assembly.GetTypes().Where(t => t.IsEnum).SelectMany(Enum.GetNames).Distinct(StringComparer.Ordinal))
            names.Add(name);
        return names;
    }

    [Theory]
    [MemberData(nameof(DomainEnumValueNames))]
    public void Every_enum_value_of_the_domain_is_named_as_the_schema_names_it(string name) =>
        Assert.Equal(GraphQLNaming.UpperSnakeCase(name), ApiNames.UpperSnakeCase(name));

    [Theory]
    [InlineData("RentArrears", "RENT_ARREARS")]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("MedianUpTo50", "MEDIAN_UP_TO50")]
    [InlineData("LH", "LH")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("OtherPublic", "OTHER_PUBLIC")]
    public void Names_follow_the_upper_snake_rule(string name, string expected)
    {
        Assert.Equal(expected, ApiNames.UpperSnakeCase(name));
        Assert.Equal(expected, GraphQLNaming.UpperSnakeCase(name));
    }

    [Fact]
    public void The_enum_helpers_name_values_and_lists()
    {
        Assert.Equal("RENT_ARREARS", ApiNames.Of(Housing.Domain.Welfare.CrisisType.RentArrears));
        Assert.Equal("NONE, LH, SH, GH, OTHER_PUBLIC, PRIVATE", ApiNames.AllOf<Housing.Domain.Complexes.HousingOperator>());
    }
}
