using Bench.Server;
using GraphQL.Http;

// The engine serving the HTTP benchmark's schema: dotnet run -c Release --project bench/Bench.Server -- --urls http://127.0.0.1:PORT
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddGraphQLServer(Library.BuildSchema());

var app = builder.Build();
app.MapGraphQL("/graphql");
app.Run();
