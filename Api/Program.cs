using Housing.Admin;
using Housing.Admin.Support;
using Housing.Api.Authentication;
using Housing.Api.Exports;
using Housing.Api.Files;
using Housing.Api.GraphQL;
using Housing.Api.Health;
using Housing.Api.Hosting;
using Housing.Api.OpenApi;
using Housing.Infrastructure.Jobs;
using Housing.Infrastructure.Kapt;
using Housing.Infrastructure.Notifications;
using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Protection;
using Housing.Infrastructure.RentalNotices;

if (HousingCommands.TryRunMigrationsCommand(args) is { } toolExitCode)
    return toolExitCode;

var builder = WebApplication.CreateBuilder(args);
builder.AddHousingDatabase();
builder.AddHousingDataProtection();
builder.AddHousingNotifications();
builder.AddKaptSync();
builder.AddRentalNoticeImport();
builder.AddHousingJobs();
builder.AddHousingAuthentication();
builder.AddHousingAdmin();
builder.AddHousingApiDocumentation();
builder.AddHousingGraphQL();
builder.AddHousingFileEndpoints();
builder.AddHousingExportEndpoints();

var app = builder.Build();
if (await HousingCommands.TryRunAsync(app, args) is { } exitCode)
    return exitCode;

app.UseHousingLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseAdminAccessDeniedPage();
app.MapStaticAssets();
app.MapHousingHealth();
app.MapHousingAuthentication();
app.MapHousingApiDocumentation();
app.MapHousingAdmin();
app.MapHousingGraphQL();
app.MapHousingFiles();
app.MapHousingExports();
await app.RunAsync();
return 0;

public partial class Program;
