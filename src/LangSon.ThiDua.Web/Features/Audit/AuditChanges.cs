using System.Globalization;
using System.Text.Json;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Audit;

/// <summary>
/// Reads AuditEntry.Changes — a JSON object property → {"old":…, "new":…} — into rows. Tolerates
/// no changes at all, other shapes (e.g. {"detail": "…"} of security events) and text that is not JSON.
/// </summary>
public static class AuditChanges
{
    /// <summary>Enum-valued properties are stored as numbers; show their Vietnamese names too.</summary>
    private static readonly Dictionary<(string Entity, string Field), Func<int, string>> Enums = new()
    {
        [(nameof(Campaign), nameof(Campaign.Status))] = v => ((CampaignStatus)v).DisplayName(),
        [(nameof(AwardForm), nameof(AwardForm.DecisionLevel))] = v => ((DecisionLevel)v).DisplayName(),
        [(nameof(AwardForm), nameof(AwardForm.PassBase))] = v => ((PassBase)v).DisplayName(),
        [(nameof(AwardForm), nameof(AwardForm.MinimumTaskRating))] = v => ((TaskRating)v).DisplayName(),
        [(nameof(AwardForm), nameof(AwardForm.NomineeKinds))] = v => Flags((NomineeKinds)v),
        [(nameof(AwardForm), nameof(AwardForm.RequiredDocuments))] = v => Flags((DossierDocuments)v),
        [(nameof(Unit), nameof(Unit.Kind))] = v => ((UnitKind)v).DisplayName(),
        [(nameof(EmulationGroup), nameof(EmulationGroup.Kind))] = v => ((EmulationGroupKind)v).DisplayName(),
    };

    public static (IReadOnlyList<AuditChange> Rows, string? Unparsed) Read(string entityType, string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return ([], null);
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ([], json);
            }

            var rows = new List<AuditChange>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                Enums.TryGetValue((entityType, property.Name), out var enumName);
                var value = property.Value;
                if (value.ValueKind == JsonValueKind.Object
                    && (value.TryGetProperty("old", out _) || value.TryGetProperty("new", out _)))
                {
                    rows.Add(new AuditChange(property.Name, Text(value, "old", enumName), Text(value, "new", enumName)));
                }
                else
                {
                    rows.Add(new AuditChange(property.Name, null, Text(value, enumName)));
                }
            }

            return (rows, null);
        }
        catch (JsonException)
        {
            return ([], json);
        }
    }

    private static string? Text(JsonElement change, string side, Func<int, string>? enumName) =>
        change.TryGetProperty(side, out var value) ? Text(value, enumName) : null;

    private static string? Text(JsonElement value, Func<int, string>? enumName) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => "Có",
        JsonValueKind.False => "Không",
        JsonValueKind.Number when enumName is not null && value.TryGetInt32(out var n) => $"{enumName(n)} ({n})",
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number when value.TryGetDecimal(out var d) => d.ToString("0.##########"),
        JsonValueKind.String => DateText(value.GetString()!),
        _ => value.GetRawText(),
    };

    private static string Flags<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var names = Enum.GetValues<TEnum>()
            .Where(f => Convert.ToInt32(f, CultureInfo.InvariantCulture) != 0 && value.HasFlag(f))
            .Select(f => f.DisplayName());
        return string.Join(", ", names) is { Length: > 0 } joined ? joined : "không có";
    }

    /// <summary>Dates (DateOnly serialises as yyyy-MM-dd) are shown as dd/MM/yyyy.</summary>
    private static string DateText(string text) =>
        text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Vietnamese.Date(date)
            : text;
}
