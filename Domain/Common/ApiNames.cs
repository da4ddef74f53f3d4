using System.Text;

namespace Housing.Domain.Common;

/// <summary>
/// Enum values as the API names them, for messages that reach API clients: <c>RentArrears</c> → <c>RENT_ARREARS</c>.
/// The same rule as the GraphQL engine's <c>GraphQLNaming.UpperSnakeCase</c> (a test compares both over every enum of this assembly).
/// </summary>
public static class ApiNames
{
    /// <summary>The value as the API names it: <c>InProgress</c> → <c>IN_PROGRESS</c>.</summary>
    public static string Of<T>(T value) where T : struct, Enum => UpperSnakeCase(value.ToString());

    /// <summary>Every value of the enum as the API names it, comma-separated, for "allowed: …" in messages.</summary>
    public static string AllOf<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>().Select(UpperSnakeCase));

    /// <summary>Several values as the API names them, comma-separated.</summary>
    public static string Join<T>(IEnumerable<T> values) where T : struct, Enum => string.Join(", ", values.Select(Of));

    /// <summary>
    /// A word boundary before an upper-case letter that follows a lower-case letter or digit, or that starts a word after
    /// an acronym (<c>HTTPError</c> → <c>HTTP_ERROR</c>); everything upper-cased.
    /// </summary>
    public static string UpperSnakeCase(string name)
    {
        var snake = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var wordStart = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                || (char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (wordStart) snake.Append('_');
            snake.Append(char.ToUpperInvariant(c));
        }
        return snake.ToString();
    }
}
