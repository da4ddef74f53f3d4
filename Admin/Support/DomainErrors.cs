using Housing.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Support;

public static class DomainErrors
{
    /// <summary>
    /// Puts a refused use case next to the field it concerns, in the user's language when the resources know the
    /// rule's code (<c>Error_CODE</c>), else in the domain's own words.
    /// </summary>
    public static void AddDomainError(this ModelStateDictionary modelState, string field, DomainException error,
        IStringLocalizer text)
    {
        var localized = text["Error_" + error.Code];
        modelState.AddModelError(field, localized.ResourceNotFound ? error.Message : localized.Value);
    }
}
