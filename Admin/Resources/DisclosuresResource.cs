namespace Housing.Admin.Resources;

/// <summary>Labels and messages of the disclosure chart pages: <c>DisclosuresResource.resx</c> (Korean) and <c>.en.resx</c>.</summary>
public sealed class DisclosuresResource;
