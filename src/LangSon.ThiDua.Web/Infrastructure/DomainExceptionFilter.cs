using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// A rule of the domain refused the action (an illegal transition, say): the user goes back to the
/// page they came from with the rule's Vietnamese message, and nothing was saved.
/// </summary>
internal sealed class DomainExceptionFilter(ITempDataDictionaryFactory tempData) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not DomainException refused)
        {
            return;
        }

        tempData.GetTempData(context.HttpContext).SetError(refused.Message);
        var referer = context.HttpContext.Request.Headers.Referer.ToString();
        var back = Uri.TryCreate(referer, UriKind.Absolute, out var uri) && uri.Host == context.HttpContext.Request.Host.Host
            ? uri.PathAndQuery
            : "/";
        context.Result = new LocalRedirectResult(back);
        context.ExceptionHandled = true;
    }
}

public static class FlashMessages
{
    public const string SuccessKey = "flash-success";
    public const string ErrorKey = "flash-error";

    public static void SetSuccess(this ITempDataDictionary tempData, string message) => tempData[SuccessKey] = message;

    public static void SetError(this ITempDataDictionary tempData, string message) => tempData[ErrorKey] = message;
}
