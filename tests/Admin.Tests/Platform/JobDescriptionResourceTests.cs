using System.Globalization;
using System.Resources;
using Housing.Admin.Resources;
using Housing.Infrastructure.Jobs;

namespace Admin.Tests.Platform;

/// <summary>The jobs page describes each job by <c>Job_{name}</c> of PlatformResource: every job of the catalog needs both languages.</summary>
public sealed class JobDescriptionResourceTests
{
    public static TheoryData<string> Languages => new() { "ko", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_job_of_the_catalog_has_a_description_in_both_languages(string language)
    {
        var resources = new ResourceManager(typeof(PlatformResource).FullName!, typeof(PlatformResource).Assembly);
        // Korean is the neutral resource file (PlatformResource.resx); English its satellite (.en.resx). No fallback either way.
        var set = resources.GetResourceSet(language == "ko" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language), true, false);
        Assert.NotNull(set);

        var missing = HousingJobCatalog.All.Select(j => $"Job_{j.Name}")
            .Where(key => string.IsNullOrWhiteSpace(set.GetString(key)))
            .ToList();

        Assert.True(missing.Count == 0, $"PlatformResource ({language}) has no description for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_english_descriptions_are_not_the_korean_ones()
    {
        var resources = new ResourceManager(typeof(PlatformResource).FullName!, typeof(PlatformResource).Assembly);
        var korean = resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!;
        var english = resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), true, false)!;

        Assert.All(HousingJobCatalog.All, j => Assert.NotEqual(korean.GetString($"Job_{j.Name}"), english.GetString($"Job_{j.Name}")));
    }
}
