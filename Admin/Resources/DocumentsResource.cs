namespace Housing.Admin.Resources;

/// <summary>Labels and messages of the district officers' document pages: <c>DocumentsResource.resx</c> (Korean) and <c>.en.resx</c>.</summary>
public sealed class DocumentsResource;
