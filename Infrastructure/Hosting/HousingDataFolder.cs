using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Housing.Infrastructure.Hosting;

/// <summary>Settings of the <c>Data</c> section: where the platform keeps its files.</summary>
public sealed class DataOptions
{
    public const string Section = "Data";

    /// <summary>The data folder, absolute or relative to the content root; git ignores the default <c>data/</c>.</summary>
    public string Folder { get; set; } = "data";
}

internal sealed class DataOptionsValidator : IValidateOptions<DataOptions>
{
    public ValidateOptionsResult Validate(string? name, DataOptions options) =>
        string.IsNullOrWhiteSpace(options.Folder) || options.Folder.IndexOfAny(Path.GetInvalidPathChars()) >= 0
            ? ValidateOptionsResult.Fail($"Data:Folder is '{options.Folder}'; it must name a folder, absolute or relative to the content root (default: data).")
            : ValidateOptionsResult.Success;
}

/// <summary>
/// The folder holding the SQLite database, the token signing key and stored files: one place to back up.
/// It is created on first use.
/// </summary>
public sealed class HousingDataFolder(IOptions<DataOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<string> _path = new(() =>
        Directory.CreateDirectory(System.IO.Path.GetFullPath(options.Value.Folder, environment.ContentRootPath)).FullName);

    public string Path => _path.Value;

    public string PathOf(string fileName) => System.IO.Path.Combine(Path, fileName);
}
