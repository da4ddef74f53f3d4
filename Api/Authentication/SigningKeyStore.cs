using System.Security.Cryptography;
using Housing.Infrastructure.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Housing.Api.Authentication;

/// <summary>
/// The ECDSA P-256 key that signs the platform's own tokens: generated into the data folder on first start
/// (never committed), read from there afterwards so tokens survive a restart.
/// </summary>
public sealed class SigningKeyStore(HousingDataFolder dataFolder, ILogger<SigningKeyStore> logger)
{
    public const string FileName = "token-signing-key.pem";

    private readonly Lazy<ECDsaSecurityKey> _key = new(() => Load(dataFolder.PathOf(FileName), logger));

    public SecurityKey Key => _key.Value;

    public SigningCredentials Credentials => new(_key.Value, SecurityAlgorithms.EcdsaSha256);

    private static ECDsaSecurityKey Load(string path, ILogger logger)
    {
        var ecdsa = ECDsa.Create();
        if (File.Exists(path))
        {
            ecdsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            ecdsa.GenerateKey(ECCurve.NamedCurves.nistP256);
            WriteOwnerOnly(path, ecdsa.ExportPkcs8PrivateKeyPem());
            logger.LogInformation("Generated a new token signing key at {Path}", path);
        }
        var keyId = Base64UrlEncoder.Encode(SHA256.HashData(ecdsa.ExportSubjectPublicKeyInfo()).AsSpan(0, 12).ToArray());
        return new ECDsaSecurityKey(ecdsa) { KeyId = keyId };
    }

    private static void WriteOwnerOnly(string path, string pem)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var writer = new StreamWriter(path, options);
        writer.Write(pem);
    }
}
