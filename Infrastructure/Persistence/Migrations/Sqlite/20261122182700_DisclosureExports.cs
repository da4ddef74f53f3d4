// Written by `dotnet run --project Api -- migrations add DisclosureExports`; edit only to add data steps.
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Housing.Infrastructure.Persistence.Migrations.Sqlite;

public partial class DisclosureExports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DisclosureExports",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Scope = table.Column<string>(type: "TEXT", nullable: false),
                Items = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                Format = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                RowsWritten = table.Column<long>(type: "INTEGER", nullable: false),
                RowsEstimated = table.Column<long>(type: "INTEGER", nullable: true),
                RowCount = table.Column<long>(type: "INTEGER", nullable: true),
                FileSize = table.Column<long>(type: "INTEGER", nullable: true),
                ErrorMessage = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DisclosureExports", x => x.Id);
            });

        migrationBuilder.CreateIndex(name: "IX_DisclosureExports_RequestedBy_Status", table: "DisclosureExports", columns: new[] { "RequestedBy", "Status" });

        migrationBuilder.CreateIndex(name: "IX_DisclosureExports_Status_ExpiresAt", table: "DisclosureExports", columns: new[] { "Status", "ExpiresAt" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "DisclosureExports");
    }
}
