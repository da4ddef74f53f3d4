using Housing.Infrastructure.Kapt;

namespace Infrastructure.Tests.Kapt;

public sealed class KaptResponseReaderTests
{
    private const string Header = "\"header\":{\"resultCode\":\"00\",\"resultMsg\":\"NORMAL SERVICE.\"}";

    [Fact]
    public void List_v4_rows_as_a_plain_array_are_read_with_paging_counters()
    {
        var r = KaptResponseReader.Read("AptListService4",
            "{\"response\":{" + Header + ",\"body\":{\"items\":[{\"kaptCode\":\"A10027875\",\"kaptName\":\"괴정 경성스마트W아파트\"},{\"kaptCode\":\"A10027876\"}],\"numOfRows\":10,\"pageNo\":1,\"totalCount\":159}}}");
        Assert.Equal(["A10027875", "A10027876"], r.Items.Select(i => i.Text("kaptCode")));
        Assert.Equal((159, 1, 10), (r.TotalCount, r.PageNo, r.NumOfRows));
    }

    [Theory]
    [InlineData("{\"items\":{\"item\":{\"kaptCode\":\"A1\"}},\"totalCount\":\"1\"}", 1)]
    [InlineData("{\"items\":{\"item\":[{\"kaptCode\":\"A1\"},{\"kaptCode\":\"A2\"}]},\"totalCount\":2}", 2)]
    [InlineData("{\"items\":\"\",\"totalCount\":0}", 0)]
    public void List_v3_rows_nested_as_items_item_are_read_whether_one_or_many(string body, int count)
    {
        var r = KaptResponseReader.Read("AptListService3", "{\"response\":{" + Header + ",\"body\":" + body + "}}");
        Assert.Equal(count, r.Items.Count);
        Assert.Equal(count, r.TotalCount);
    }

    [Fact]
    public void Amounts_sent_as_numbers_or_strings_read_the_same_and_field_case_does_not_matter()
    {
        var r = KaptResponseReader.Read("AptRepairsCostServiceV3",
            "{\"response\":{" + Header + ",\"body\":{\"item\":{\"SUse\":\"1,234\",\"electC\":\"157860\",\"guardCost\":11012010,\"sPer\":\"0.04\"}}}}");
        var item = Assert.Single(r.Items);
        Assert.Equal(1234, item.Amount("sUse"));
        Assert.Equal(157860, item.Amount("electC"));
        Assert.Equal(11012010, item.Amount("guardCost"));
        Assert.Equal(0.04, item.Number("sPer"));
    }

    [Fact]
    public void Numbers_beyond_what_an_amount_or_a_count_holds_are_refused_naming_the_field_not_an_overflow()
    {
        var item = new KaptRecord(new Dictionary<string, string?> { ["pay"] = "1e20", ["kaptdaCnt"] = "3000000000", ["bonus"] = "-9223372036854775808" });

        var amount = Assert.Throws<Housing.Domain.Common.DomainException>(() => item.Amount("pay"));
        var count = Assert.Throws<Housing.Domain.Common.DomainException>(() => item.Count("kaptdaCnt"));

        Assert.Equal("KAPT_VALUE_OUT_OF_RANGE", amount.Code);
        Assert.Contains("pay = 1e20", amount.Message);
        Assert.Equal("KAPT_VALUE_OUT_OF_RANGE", count.Code);
        Assert.Contains("kaptdaCnt = 3000000000", count.Message);
        Assert.Equal(long.MinValue, item.Amount("bonus"));
    }

    [Fact]
    public void A_month_not_disclosed_is_an_item_whose_values_are_all_null()
    {
        var r = KaptResponseReader.Read("AptCmnuseManageCostServiceV3",
            "{\"response\":{" + Header + ",\"body\":{\"item\":{\"pay\":null,\"sundryCost\":null,\"bonus\":\"\"}}}}");
        Assert.True(Assert.Single(r.Items).AllNull(["pay", "sundryCost", "bonus"]));
    }

    [Fact]
    public void Xml_answers_read_like_json_ones()
    {
        var r = KaptResponseReader.Read("AptBasisInfoServiceV5", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <response><header><resultCode>00</resultCode><resultMsg>NORMAL SERVICE.</resultMsg></header>
            <body><item><kaptCode>A10027875</kaptCode><kaptName>괴정 경성스마트W아파트</kaptName><bjdCode>2638010100</bjdCode>
            <kaptdaCnt>182</kaptdaCnt><kaptTarea>19324.6751</kaptTarea><kaptUsedate>20150806</kaptUsedate><kaptFax/></item></body></response>
            """);
        var item = Assert.Single(r.Items);
        Assert.Equal("괴정 경성스마트W아파트", item.Text("kaptName"));
        Assert.Equal(182, item.Count("kaptdaCnt"));
        Assert.Equal(19324.6751, item.Number("kaptTarea"));
        Assert.Equal(new DateOnly(2015, 8, 6), item.Date("kaptUsedate"));
        Assert.Null(item.Text("kaptFax"));
    }

    [Fact]
    public void Xml_list_rows_are_read_from_items()
    {
        var r = KaptResponseReader.Read("AptListService4",
            "<response><header><resultCode>00</resultCode></header><body><items><item><kaptCode>A1</kaptCode></item><item><kaptCode>A2</kaptCode></item></items><totalCount>2</totalCount></body></response>");
        Assert.Equal(2, r.Items.Count);
        Assert.Equal(2, r.TotalCount);
    }

    public static TheoryData<string, Type> Errors => new()
    {
        { "04", typeof(KaptTransientException) },
        { "12", typeof(KaptConfigurationException) },
        { "22", typeof(KaptQuotaExceededException) },
        { "23", typeof(KaptThrottledException) },
        { "30", typeof(KaptConfigurationException) },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void The_error_envelope_in_xml_raises_the_exception_of_its_code(string code, Type expected)
    {
        var e = Assert.Throws(expected, () => KaptResponseReader.Read("AptBasisInfoServiceV5",
            $"<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>X</returnAuthMsg><returnReasonCode>{code}</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>"));
        Assert.Equal(code, ((KaptException)e).Code);
        Assert.Contains("AptBasisInfoServiceV5", e.Message);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void The_error_envelope_in_json_raises_the_exception_of_its_code(string code, Type expected)
    {
        var e = Assert.Throws(expected, () => KaptResponseReader.Read("AptListService4",
            "{\"OpenAPI_ServiceResponse\":{\"cmmMsgHeader\":{\"errMsg\":\"HTTP_ERROR\",\"returnAuthMsg\":\"HTTP 에러\",\"returnReasonCode\":\"" + code + "\"}}}"));
        Assert.Equal(code, ((KaptException)e).Code);
    }

    [Fact]
    public void Key_not_registered_says_which_service_and_what_to_do()
    {
        var e = Assert.Throws<KaptConfigurationException>(() => KaptResponseReader.Read("AptCmnuseManageCostServiceV3",
            "<OpenAPI_ServiceResponse><cmmMsgHeader><returnAuthMsg>SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg><returnReasonCode>30</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>"));
        Assert.Contains("AptCmnuseManageCostServiceV3", e.Message);
        Assert.Contains("Kapt:ServiceKey", e.Message);
        Assert.Contains("data.go.kr", e.Message);
    }

    [Fact]
    public void A_page_past_the_end_answered_with_nodata_is_an_empty_page()
    {
        var r = KaptResponseReader.Read("AptListService4", "{\"response\":{\"header\":{\"resultCode\":\"03\",\"resultMsg\":\"NODATA_ERROR\"}}}");
        Assert.Empty(r.Items);
    }

    [Fact]
    public void An_answer_that_is_no_envelope_at_all_is_transient()
    {
        Assert.Throws<KaptTransientException>(() => KaptResponseReader.Read("AptListService4", "<html><body>502 Bad Gateway</body></html>"));
    }
}
