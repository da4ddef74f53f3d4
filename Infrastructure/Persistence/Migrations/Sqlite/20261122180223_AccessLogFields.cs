// Written by `dotnet run --project Api -- migrations add AccessLogFields`; edit only to add data steps.
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Housing.Infrastructure.Persistence.Migrations.Sqlite;

public partial class AccessLogFields : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "RequestedByResidentId", table: "CommonSpendingRequests");

        migrationBuilder.AddColumn<string>(name: "Fields", table: "WelfareAccessLog", type: "TEXT", maxLength: 500, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Fields", table: "WelfareAccessLog");

        migrationBuilder.AddColumn<Guid>(name: "RequestedByResidentId", table: "CommonSpendingRequests", type: "TEXT", nullable: true);
    }
}
