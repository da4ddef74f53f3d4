using System.Net;
using Admin.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Platform;

/// <summary>A district officer's account belongs to a district: required for that role, one of the known regions, none for other roles.</summary>
public sealed class OfficerDistrictTests(PlatformWorld world) : IClassFixture<PlatformWorld>
{
    private Task<Region> RegionAsync(string code, string name) => world.ReadAsync(sp =>
        sp.GetRequiredService<ComplexService>().CreateRegionAsync(Actor.System, "부산광역시", code, name));

    [Fact]
    public async Task A_new_officer_needs_a_known_district_said_next_to_the_field_and_gets_it()
    {
        var region = await RegionAsync("26110", "중구");
        var admin = await world.SignedInAsync("admin");
        var (_, form) = await admin.GetAsync("/admin/Platform/Users/New");
        var fields = new Dictionary<string, string>
        {
            ["Input.UserName"] = "officer.busan", ["Input.DisplayName"] = "중구 주택과", ["Input.Password"] = "Strong-pass-1", ["Input.Roles"] = "DistrictOfficer",
        };

        var (missing, missingPage) = await admin.SubmitAsync(form, fields);
        var (_, unknown) = await admin.SubmitAsync(form, new Dictionary<string, string>(fields) { ["Input.DistrictCode"] = "99999" });
        var (created, _) = await admin.SubmitAsync(form, new Dictionary<string, string>(fields) { ["Input.DistrictCode"] = region.SigunguCode });

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Equal("구청 담당자는 소속 구를 골라야 합니다.", missingPage.QuerySelector("[data-valmsg-for='Input.DistrictCode']")!.TextContent);
        Assert.Equal("officer.busan", missingPage.QuerySelector("#Input_UserName")!.GetAttribute("value"));
        Assert.Equal("알 수 없는 구입니다. 목록에서 고르세요.", unknown.QuerySelector("[data-valmsg-for='Input.DistrictCode']")!.TextContent);
        AdminBrowser.AssertRedirectsTo(created, "/admin/Platform/Users/Details/");
        Assert.Equal("26110", (await world.UserAsync("officer.busan"))!.DistrictCode);
        var (_, details) = await admin.GetAsync(created.Headers.Location!.OriginalString);
        Assert.Equal("부산광역시 중구", details.QuerySelector("[data-field='district']")!.TextContent);
        Assert.Equal("selected", details.QuerySelector("#Input_DistrictCode option[value='26110']")!.GetAttribute("selected"));
    }

    [Fact]
    public async Task Making_an_account_an_officer_takes_a_district_all_or_nothing_and_another_role_drops_it()
    {
        var region = await RegionAsync("26140", "서구");
        await world.Factory.CreateUserAsync("analyst.to.officer", Roles.Analyst);
        var target = (await world.UserAsync("analyst.to.officer"))!;
        var admin = await world.SignedInAsync("admin");
        var page = $"/admin/Platform/Users/Details/{target.Id}";
        var (_, details) = await admin.GetAsync(page);

        var (_, refused) = await admin.SubmitAsync(details, new Dictionary<string, string> { ["Input.Roles"] = "DistrictOfficer" }, $"{page}?handler=Roles");
        Assert.Equal("구청 담당자는 소속 구를 골라야 합니다.", refused.QuerySelector("[data-valmsg-for='Input.DistrictCode']")!.TextContent);
        Assert.Equal(["Analyst"], await world.RolesOfAsync("analyst.to.officer"));

        AdminBrowser.AssertRedirectsTo((await admin.SubmitAsync(details, new Dictionary<string, string>
        {
            ["Input.Roles"] = "DistrictOfficer", ["Input.DistrictCode"] = region.SigunguCode,
        }, $"{page}?handler=Roles")).Response, page);
        Assert.Equal(["DistrictOfficer"], await world.RolesOfAsync("analyst.to.officer"));
        Assert.Equal("26140", (await world.UserAsync("analyst.to.officer"))!.DistrictCode);

        AdminBrowser.AssertRedirectsTo((await admin.SubmitAsync(details, new Dictionary<string, string>
        {
            ["Input.Roles"] = "Analyst", ["Input.DistrictCode"] = region.SigunguCode,
        }, $"{page}?handler=Roles")).Response, page);
        Assert.Null((await world.UserAsync("analyst.to.officer"))!.DistrictCode);
    }
}
