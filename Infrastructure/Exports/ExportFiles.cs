using Housing.Domain.Disclosures;
using Housing.Infrastructure.Hosting;

namespace Housing.Infrastructure.Exports;

/// <summary>
/// Export files in the data folder's <c>exports/</c>, named by the export's id. A file is written under a temporary name
/// and renamed when complete, so a download never sees half a file.
/// </summary>
public sealed class ExportFiles(HousingDataFolder dataFolder)
{
    public const string FolderName = "exports";

    public string Folder => Directory.CreateDirectory(dataFolder.PathOf(FolderName)).FullName;

    public string PathOf(DisclosureExport export) => Path.Combine(Folder, NameOf(export));

    public string TemporaryPathOf(DisclosureExport export) => PathOf(export) + ".part";

    /// <summary>The completed file, or null when it is not there.</summary>
    public FileInfo? Find(DisclosureExport export)
    {
        var file = new FileInfo(PathOf(export));
        return file.Exists ? file : null;
    }

    private static string NameOf(DisclosureExport export) => $"{export.Id:N}.{DisclosureExport.Extension(export.Format)}";

    /// <summary>Deletes the export's file and any temporary file it left; nothing to delete is no error.</summary>
    public void Delete(DisclosureExport export)
    {
        var path = Path.Combine(dataFolder.PathOf(FolderName), NameOf(export));
        foreach (var file in new[] { path, path + ".part" })
            if (File.Exists(file))
                File.Delete(file);
    }
}
