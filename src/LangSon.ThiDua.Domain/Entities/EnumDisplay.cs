using System.Collections.Frozen;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace LangSon.ThiDua.Domain;

public static class EnumDisplay
{
    /// <summary>The Vietnamese name from the member's [Display] attribute, else the member name.</summary>
    public static string DisplayName<TEnum>(this TEnum value)
        where TEnum : struct, Enum =>
        Names<TEnum>.ByValue.TryGetValue(value, out var name) ? name : value.ToString();

    /// <summary>
    /// Each enum's names, read by reflection once: pages show them in every row, and reading the attribute each time
    /// allocated about 2 % of what the portal allocates under load (docs/performance.md, "Where the time goes").
    /// </summary>
    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue = Enum.GetValues<TEnum>().Distinct()
            .ToFrozenDictionary(v => v, v => Read(v.ToString()));

        private static string Read(string name) =>
            typeof(TEnum).GetField(name)?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? name;
    }
}
