namespace Housing.Admin.Resources;

/// <summary>The admin's labels and messages: <c>SharedResource.resx</c> (Korean, the default) and <c>SharedResource.en.resx</c>.</summary>
public sealed class SharedResource;
