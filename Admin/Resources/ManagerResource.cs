namespace Housing.Admin.Resources;

/// <summary>Labels and messages of the complex managers' pages: <c>ManagerResource.resx</c> (Korean) and <c>.en.resx</c>.</summary>
public sealed class ManagerResource;
