using Microsoft.EntityFrameworkCore.Update;

namespace Housing.Infrastructure.Persistence;

/// <summary>
/// SQLite's provider sends one statement per changed row; this puts up to <see cref="RowsPerCommand"/> of them in one command,
/// as the PostgreSQL provider does, so a save that appends many rows (a page of logged client views) stays one command.
/// </summary>
internal sealed class SqliteCommandBatchFactory(ModificationCommandBatchFactoryDependencies dependencies) : IModificationCommandBatchFactory
{
    private const int RowsPerCommand = 200;

    public ModificationCommandBatch Create() => new Batch(dependencies);

    private sealed class Batch(ModificationCommandBatchFactoryDependencies dependencies)
        : AffectedCountModificationCommandBatch(dependencies, RowsPerCommand);
}
