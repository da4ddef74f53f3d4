using Housing.Domain.Welfare;
using Microsoft.AspNetCore.DataProtection;

namespace Housing.Infrastructure.Protection;

/// <summary>Encrypts resident registration numbers with ASP.NET Core data protection (key ring in the data folder).</summary>
public sealed class DataProtectionPersonalDataProtector(IDataProtectionProvider provider) : IPersonalDataProtector
{
    /// <summary>The purpose string: a value protected for another purpose cannot be read as a registration number.</summary>
    public const string Purpose = "Housing.Welfare.RegistrationNumber.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);
}
