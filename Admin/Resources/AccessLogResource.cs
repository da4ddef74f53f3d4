namespace Housing.Admin.Resources;

/// <summary>Labels and messages of the access-log review page: <c>AccessLogResource.resx</c> (Korean) and <c>.en.resx</c>.</summary>
public sealed class AccessLogResource;
