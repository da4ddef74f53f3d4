using System.Net;
using Admin.Tests.Documents;

namespace Admin.Tests.Manager;

/// <summary>A manager following a link to another complex's page is refused with 403 and the admin's access-denied page, not an empty body.</summary>
public sealed class AccessDeniedPagesTests(ComplexWorld world) : IClassFixture<ComplexWorld>
{
    public static TheoryData<string> OtherComplexPages => new()
    {
        "/admin/Manager/Notices?complex=",
        "/admin/Manager/Points?complex=",
        "/admin/Manager/Listings?complex=",
        "/admin/Manager/Complaints?complex=",
        "/admin/Manager/Disclosures/File?complex=",
    };

    [Theory]
    [MemberData(nameof(OtherComplexPages))]
    public async Task Another_complexs_page_answers_403_with_the_access_denied_page_in_the_layout(string path)
    {
        var manager = await world.SignedInAsync("manager.a");

        var (response, page) = await manager.GetAsync(path + world.Complexes["B"].Id);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("접근 권한 없음", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("이 화면을 볼 권한이 없습니다.", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("header.top"));
    }

    [Fact]
    public async Task Another_complexs_delivery_answers_403_with_the_access_denied_page_in_english_on_request()
    {
        var document = await world.SendAsync("다른 단지 문서 접근", ["B"]);
        var delivery = document.Deliveries.Single(d => d.RecipientId == world.Complexes["B"].Id);
        var manager = await world.SignedInAsync("manager.a");

        var (response, page) = await manager.GetAsync($"/admin/Manager/Inbox/Details/{delivery.Id}?culture=en-US");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Access denied", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("You are not allowed to see this page.", page.Body!.TextContent);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }
}
