using Housing.Domain.Welfare;
using Microsoft.AspNetCore.DataProtection;

namespace Housing.Admin.Welfare;

/// <summary>Encrypts resident registration numbers with ASP.NET Core data protection (keys kept by the host).</summary>
public sealed class DataProtectionPersonalDataProtector(IDataProtectionProvider provider) : IPersonalDataProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("Housing.Welfare.RegistrationNumber.v1");

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);
}
