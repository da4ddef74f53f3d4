using Admin.Tests.Support;
using Housing.Domain.Common;

namespace Admin.Tests.Platform;

/// <summary>
/// A platform admin records an account's mobile number on its page (documents' SMS reach a manager there): normalized to
/// 010-1234-5678, a number that is not a mobile one refused next to the field with the typed input kept and the stored one
/// unchanged, and an empty field removing it.
/// </summary>
public sealed class UserPhoneTests(PlatformWorld world) : IClassFixture<PlatformWorld>
{
    [Fact]
    public async Task An_admin_records_changes_and_removes_a_mobile_number_and_a_number_that_is_not_one_is_refused_keeping_the_input()
    {
        await world.Factory.CreateUserAsync("manager.nophone", Roles.ComplexManager);
        var target = (await world.UserAsync("manager.nophone"))!;
        var stamp = target.SecurityStamp;
        var admin = await world.SignedInAsync("admin");
        var page = $"/admin/Platform/Users/Details/{target.Id}";
        var (_, details) = await admin.GetAsync(page);
        Assert.Equal("–", details.QuerySelector("[data-field='phone']")!.TextContent);

        var (recorded, _) = await admin.SubmitAsync(details, new Dictionary<string, string> { ["Phone"] = " 010 9876 5432 " }, $"{page}?handler=Phone");
        AdminBrowser.AssertRedirectsTo(recorded, page);
        var (_, shown) = await admin.GetAsync(page);
        Assert.Equal("010-9876-5432", shown.QuerySelector("[data-field='phone']")!.TextContent);
        Assert.Equal("010-9876-5432", shown.QuerySelector("#Phone")!.GetAttribute("value"));
        Assert.Equal(stamp, (await world.UserAsync("manager.nophone"))!.SecurityStamp);

        var (refused, refusedPage) = await admin.SubmitAsync(shown, new Dictionary<string, string> { ["Phone"] = "02-2670-0000" }, $"{page}?handler=Phone");
        Assert.Equal(System.Net.HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("휴대전화 번호가 아닙니다.", refusedPage.QuerySelector("[data-valmsg-for='Phone']")!.TextContent);
        Assert.Equal("02-2670-0000", refusedPage.QuerySelector("#Phone")!.GetAttribute("value"));
        Assert.Equal("010-9876-5432", (await world.UserAsync("manager.nophone"))!.PhoneNumber);

        AdminBrowser.AssertRedirectsTo((await admin.SubmitAsync(shown, new Dictionary<string, string> { ["Phone"] = "" }, $"{page}?handler=Phone")).Response, page);
        Assert.Null((await world.UserAsync("manager.nophone"))!.PhoneNumber);
    }
}
