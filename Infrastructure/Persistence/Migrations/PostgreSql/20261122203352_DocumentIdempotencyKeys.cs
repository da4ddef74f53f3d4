// Written by `dotnet run --project Api -- migrations add DocumentIdempotencyKeys`; edit only to add data steps.
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Housing.Infrastructure.Persistence.Migrations.PostgreSql;

public partial class DocumentIdempotencyKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Fingerprint", table: "Documents", type: "character varying(64)", maxLength: 64, nullable: true);

        migrationBuilder.AddColumn<string>(name: "IdempotencyKey", table: "Documents", type: "character varying(100)", maxLength: 100, nullable: true);

        migrationBuilder.CreateIndex(name: "IX_Documents_SentByUserId_IdempotencyKey", table: "Documents", columns: new[] { "SentByUserId", "IdempotencyKey" }, unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Documents_SentByUserId_IdempotencyKey", table: "Documents");

        migrationBuilder.DropColumn(name: "Fingerprint", table: "Documents");

        migrationBuilder.DropColumn(name: "IdempotencyKey", table: "Documents");
    }
}
