// Written by `dotnet run --project Api -- migrations add DeliveryUnreachable`; edit only to add data steps.
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Housing.Infrastructure.Persistence.Migrations.PostgreSql;

public partial class DeliveryUnreachable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTimeOffset>(name: "UnreachableAt", table: "DocumentDeliveries", type: "timestamp with time zone", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "UnreachableAt", table: "DocumentDeliveries");
    }
}
