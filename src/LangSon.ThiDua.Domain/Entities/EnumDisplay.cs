using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace LangSon.ThiDua.Domain;

public static class EnumDisplay
{
    /// <summary>The Vietnamese name from the member's [Display] attribute, else the member name.</summary>
    public static string DisplayName<TEnum>(this TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var member = typeof(TEnum).GetField(name);
        return member?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? name;
    }
}
