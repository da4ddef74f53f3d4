namespace Housing.Admin.Resources;

/// <summary>
/// Names the resource class that labels an input model's fields and words its validation messages; models without it
/// use <see cref="SharedResource"/>. Lets each area keep its strings in its own resource files.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LocalizedByAttribute(Type resource) : Attribute
{
    public Type Resource { get; } = resource;
}
