// Written by `dotnet run --project Api -- migrations add AccessLogFields`; edit only to add data steps.
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Housing.Infrastructure.Persistence.Migrations.PostgreSql;

public partial class AccessLogFields : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "RequestedByResidentId", table: "CommonSpendingRequests");

        migrationBuilder.AddColumn<string>(name: "Fields", table: "WelfareAccessLog", type: "character varying(500)", maxLength: 500, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Fields", table: "WelfareAccessLog");

        migrationBuilder.AddColumn<Guid>(name: "RequestedByResidentId", table: "CommonSpendingRequests", type: "uuid", nullable: true);
    }
}
