using System.Globalization;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace LangSon.ThiDua.UnitTests;

/// <summary>What the date binder makes of what a user typed, whatever the browser's language.</summary>
public sealed class VietnameseDateBinderTests
{
    [Fact]
    public async Task A_date_typed_day_first_is_that_day()
    {
        var (result, state) = await BindAsync<DateOnly>("04/12/2026");

        Assert.Equal(new DateOnly(2026, 12, 4), result.Model);
        Assert.Equal(0, state.ErrorCount);
    }

    [Fact]
    public async Task A_month_first_date_is_refused_in_Vietnamese()
    {
        var (result, state) = await BindAsync<DateOnly?>("12/31/2026");

        Assert.False(result.IsModelSet);
        Assert.Equal(VietnameseDate.Message, Assert.Single(state["d"]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task An_empty_optional_date_is_no_date()
    {
        var (result, state) = await BindAsync<DateOnly?>("");

        Assert.True(result.IsModelSet);
        Assert.Null(result.Model);
        Assert.Equal(0, state.ErrorCount);
    }

    [Fact]
    public async Task An_empty_date_that_must_have_a_value_is_an_error_not_the_first_of_January_of_year_one()
    {
        var (result, state) = await BindAsync<DateOnly>(" ");

        Assert.False(result.IsModelSet);
        Assert.Equal(VietnameseDate.Missing, Assert.Single(state["d"]!.Errors).ErrorMessage);
    }

    private static async Task<(ModelBindingResult Result, ModelStateDictionary State)> BindAsync<T>(string typed)
    {
        var action = new ActionContext(
            new DefaultHttpContext(), new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor());
        var query = new QueryCollection(new Dictionary<string, StringValues> { ["d"] = typed });
        var values = new QueryStringValueProvider(BindingSource.Query, query, CultureInfo.InvariantCulture);
        var metadata = new EmptyModelMetadataProvider().GetMetadataForType(typeof(T));
        var context = DefaultModelBindingContext.CreateBindingContext(action, values, metadata, null, "d");
        await new VietnameseDateBinder().BindModelAsync(context);
        return (context.Result, context.ModelState);
    }
}
