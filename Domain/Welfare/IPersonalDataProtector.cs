namespace Housing.Domain.Welfare;

/// <summary>
/// Encrypts personal data (the resident registration number) before it is stored. Infrastructure
/// implements it with a key kept outside the database, so a copy of the database alone reveals nothing.
/// </summary>
public interface IPersonalDataProtector
{
    string Protect(string plaintext);

    /// <summary>Decrypts what <see cref="Protect"/> produced; throws when the text was altered or the key is wrong.</summary>
    string Unprotect(string protectedText);
}
