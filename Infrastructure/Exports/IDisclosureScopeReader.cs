using Housing.Domain.Common;
using Housing.Domain.Disclosures;

namespace Housing.Infrastructure.Exports;

/// <summary>
/// Reads an export's stored scope back into a <see cref="DisclosureScope"/> for the job, with the requester's roles as
/// they are when it runs. The host implements it where the scope's filter language lives (the GraphQL schema).
/// </summary>
public interface IDisclosureScopeReader
{
    /// <summary>The scope; throws when the stored scope no longer reads or the requester may no longer read it.</summary>
    DisclosureScope Read(string scope, Actor requester);
}
