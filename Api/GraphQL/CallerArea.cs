using Housing.Api.GraphQL.Support;
using Housing.Domain.Common;

namespace Housing.Api.GraphQL;

/// <summary>Who is calling: <c>me</c>, so a partner app or staff tool can shape itself by the caller's roles.</summary>
internal sealed class CallerArea : IHousingSchemaArea
{
    public void Configure(HousingSchemaBuilder schema)
    {
        schema.Types.AddObjectType<Caller>(type => type.Description("The signed-in user or API client."));
        schema.Query(query => query.Field("me").Type("Caller")
            .Description("The caller; null for an anonymous request.")
            .Resolve(context => context.OptionalActor() is { } actor ? Caller.Of(actor) : null));
    }
}

/// <summary>The caller as the schema shows it: a name and the roles of DESIGN.md it holds.</summary>
public sealed record Caller(string Name, IReadOnlyList<string> Roles)
{
    public static Caller Of(Actor actor) => new(actor.Name, [.. Housing.Domain.Common.Roles.All.Where(actor.IsIn)]);
}
