using System.Security.Cryptography;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Protection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Infrastructure.Tests.Protection;

public sealed class DataProtectionKeyRingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "housing-protection-tests", Guid.NewGuid().ToString("N"));

    /// <summary>An app instance of its own (own content root, own container) on <paramref name="dataFolder"/>.</summary>
    private IHost Instance(string dataFolder)
    {
        var contentRoot = Directory.CreateDirectory(Path.Combine(_root, "node-" + Guid.NewGuid().ToString("N"))).FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot });
        builder.Configuration["Data:Folder"] = dataFolder;
        builder.AddHousingDataProtection();
        return builder.Build();
    }

    private static IPersonalDataProtector ProtectorOf(IHost host) => host.Services.GetRequiredService<IPersonalDataProtector>();

    [Fact]
    public void A_value_protected_by_one_instance_is_read_by_another_on_the_same_data_folder()
    {
        var shared = Path.Combine(_root, "shared");
        using var first = Instance(shared);
        using var second = Instance(shared);

        var protectedText = ProtectorOf(first).Protect("711231-1234567");

        Assert.NotEqual("711231-1234567", protectedText);
        Assert.Equal("711231-1234567", ProtectorOf(second).Unprotect(protectedText));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(shared, ProtectionExtensions.KeysFolder), "key-*.xml"));
    }

    [Fact]
    public void Another_data_folders_keys_cannot_read_it()
    {
        using var first = Instance(Path.Combine(_root, "one"));
        using var other = Instance(Path.Combine(_root, "two"));

        var protectedText = ProtectorOf(first).Protect("711231-1234567");

        Assert.ThrowsAny<CryptographicException>(() => ProtectorOf(other).Unprotect(protectedText));
    }

    [Fact]
    public void The_key_ring_survives_a_restart_of_the_instance()
    {
        var folder = Path.Combine(_root, "restart");
        string protectedText;
        using (var before = Instance(folder))
            protectedText = ProtectorOf(before).Protect("800101-2345678");
        using var after = Instance(folder);

        Assert.Equal("800101-2345678", ProtectorOf(after).Unprotect(protectedText));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
