// Written by `dotnet run --project Api -- migrations add DisclosureExports`; edit only to add data steps.
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Housing.Infrastructure.Persistence.Migrations.PostgreSql;

public partial class DisclosureExports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DisclosureExports",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                RequestedBy = table.Column<Guid>(type: "uuid", nullable: false),
                RequestedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Scope = table.Column<string>(type: "text", nullable: false),
                Items = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                Format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                RowsWritten = table.Column<long>(type: "bigint", nullable: false),
                RowsEstimated = table.Column<long>(type: "bigint", nullable: true),
                RowCount = table.Column<long>(type: "bigint", nullable: true),
                FileSize = table.Column<long>(type: "bigint", nullable: true),
                ErrorMessage = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                Version = table.Column<int>(type: "integer", nullable: false),
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
