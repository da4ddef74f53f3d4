using Housing.Domain.Common;
using Housing.Domain.Disclosures;

namespace Domain.Tests.Disclosures;

public sealed class FeeCatalogTests
{
    [Fact]
    public void The_catalog_holds_every_item_of_the_law_in_its_group()
    {
        Assert.Equal(17, FeeCatalog.InGroup(FeeGroup.CommonFee).Count());
        Assert.Equal(["인건비", "제사무비", "제세공과금", "피복비", "교육훈련비", "차량유지비", "그밖의 부대비용"],
            FeeCatalog.GeneralManagement.Select(i => i.KoreanName));
        Assert.Equal(10, FeeCatalog.InGroup(FeeGroup.IndividualUsage).Count());
        Assert.Equal(5, FeeCatalog.InGroup(FeeGroup.OtherUsage).Count());
        Assert.Equal(4, FeeCatalog.InGroup(FeeGroup.RepairReserve).Count());
        Assert.Single(FeeCatalog.InGroup(FeeGroup.MiscIncome));
        Assert.Equal(FeeCatalog.Items.Count, FeeCatalog.Items.Select(i => i.Code).Distinct().Count());
        Assert.All(FeeCatalog.Items, i => Assert.False(string.IsNullOrEmpty(i.EnglishName)));
    }

    [Fact]
    public void Each_individual_usage_comes_as_a_common_and_a_private_part()
    {
        foreach (var usage in new[] { "HEATING", "HOT_WATER", "GAS", "ELECTRICITY", "WATER" })
        {
            Assert.Equal(FeeGroup.IndividualUsage, FeeCatalog.Get(usage + "_COMMON").Group);
            Assert.Equal(FeeGroup.IndividualUsage, FeeCatalog.Get(usage + "_PRIVATE").Group);
        }
        Assert.Equal(["electC"], FeeCatalog.Get("ELECTRICITY_COMMON").KaptFields);
        Assert.Equal("getHsmpElectricityCostInfoV3", FeeCatalog.Get("ELECTRICITY_PRIVATE").KaptOperation);
    }

    [Fact]
    public void An_items_kapt_amount_is_the_sum_of_its_fields_and_null_when_all_are_null()
    {
        var labor = FeeCatalog.Get("LABOR");
        Assert.Equal("getHsmpLaborCostInfoV3", labor.KaptOperation);
        var fields = new Dictionary<string, long?>
        {
            ["pay"] = 7_190_420, ["sundryCost"] = 1_088_560, ["bonus"] = null, ["pension"] = 924_360, ["accidentPremium"] = 78_460,
            ["employPremium"] = 94_710, ["nationalPension"] = 250_360, ["healthPremium"] = 335_140, ["welfareBenefit"] = 300_000,
        };
        Assert.Equal(10_262_010, labor.AmountFromKapt(fields));
        Assert.Null(labor.AmountFromKapt(new Dictionary<string, long?> { ["pay"] = null, ["bonus"] = null }));
        Assert.Equal(123, FeeCatalog.Get(FeeCatalog.RepairReserveUsed).AmountFromKapt(new Dictionary<string, long?> { ["SUse"] = 123 }));
    }

    [Fact]
    public void A_kapt_amount_whose_fields_add_up_beyond_the_limit_is_refused_rather_than_wrapped_around()
    {
        var labor = FeeCatalog.Get("LABOR");
        var fields = new Dictionary<string, long?> { ["pay"] = long.MaxValue, ["bonus"] = long.MaxValue };

        var ex = Assert.Throws<DomainException>(() => labor.AmountFromKapt(fields));

        Assert.Equal(FeeCatalog.AmountTooLargeCode, ex.Code);
        Assert.Contains("LABOR (18,446,744,073,709,551,614)", ex.Message);
        Assert.Equal(-FeeCatalog.MaxItemAmount,
            labor.AmountFromKapt(new Dictionary<string, long?> { ["pay"] = -FeeCatalog.MaxItemAmount + 1, ["bonus"] = -1 }));
    }

    [Fact]
    public void An_unknown_code_is_refused_with_the_known_codes()
    {
        var ex = Assert.Throws<DomainException>(() => FeeCatalog.Get("PARKING"));
        Assert.Equal("UNKNOWN_FEE_ITEM", ex.Code);
        Assert.Contains("LABOR", ex.Message);
    }
}
