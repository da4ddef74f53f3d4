using GraphQL.Language;

namespace GraphQL.Validation;

/// <summary>
/// A validation rule: creates, per validated document, a visitor that reports errors through the context.
/// The visitor sees every node with the <see cref="ValidationContext"/>'s type information kept current.
/// </summary>
public interface IValidationRule
{
    /// <summary>Creates the visitor that checks one document.</summary>
    AstVisitor CreateVisitor(ValidationContext context);
}
