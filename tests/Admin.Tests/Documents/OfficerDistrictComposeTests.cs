using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Admin.Tests.Support;

namespace Admin.Tests.Documents;

/// <summary>Compose and the sent list act for the district on the officer's account; without one the officer is told so.</summary>
public sealed class OfficerDistrictComposeTests(ComplexWorld world) : IClassFixture<ComplexWorld>
{
    private const string Compose = "/admin/Documents/Compose";

    [Fact]
    public async Task Compose_sends_for_the_officers_district_without_asking_which()
    {
        var officer = await world.SignedInAsync("officer");

        var (_, page) = await officer.GetAsync(Compose);

        Assert.Equal("서울특별시 영등포구", page.QuerySelector("[data-field='district']")!.TextContent);
        Assert.Null(page.QuerySelector("select[name='Input.RegionId']"));
        Assert.Equal(world.Yeongdeungpo.ToString(), page.QuerySelector("input[name='Input.RegionId']")!.GetAttribute("value"));
        Assert.Equal(4, page.QuerySelectorAll("input[name='Input.ComplexIds']").Length);
    }

    [Fact]
    public async Task An_officer_without_a_district_is_told_to_ask_for_one_and_cannot_send()
    {
        var officer = await world.SignedInAsync("officer.nodistrict");

        var (response, page) = await officer.GetAsync(Compose);
        var (posted, _) = await officer.PostAsync(page, Compose, new Dictionary<string, string>
            {
                ["Input.RegionId"] = world.Yeongdeungpo.ToString(), ["Input.Department"] = "주택과", ["Input.Title"] = "소속 구 없는 발송",
                ["Input.Body"] = "본문", ["Input.Mode"] = "Hand", ["Input.ComplexIds"] = world.Complexes["A"].Id.ToString(), ["intent"] = "send",
            });
        var (_, sent) = await officer.GetAsync("/admin/Documents");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("소속 구가 없어", page.QuerySelector("[data-field='no-district']")!.TextContent);
        Assert.Null(page.QuerySelector("form[enctype='multipart/form-data']"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Null(await world.DocumentTitledAsync("소속 구 없는 발송"));
        Assert.Empty(sent.QuerySelectorAll("tr[data-document]"));
    }

    [Fact]
    public async Task The_api_token_and_the_caller_carry_the_officers_district()
    {
        var token = await world.Factory.TokenForAsync("officer");
        using var client = world.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var me = JsonDocument.Parse(await client.GetStringAsync("/auth/me"));

        Assert.Equal("11560", me.RootElement.GetProperty("districtCode").GetString());
    }
}
