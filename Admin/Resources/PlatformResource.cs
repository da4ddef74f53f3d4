namespace Housing.Admin.Resources;

/// <summary>Labels and messages of the platform admin pages: <c>PlatformResource.resx</c> (Korean) and <c>.en.resx</c>.</summary>
public sealed class PlatformResource;
