using System.Text.Json;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Features.Units;

/// <summary>Turns the audit JSON of a unit's changes into short Vietnamese lines ("Tên: A → B").</summary>
internal static class UnitHistory
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [nameof(Unit.Code)] = "Mã",
        [nameof(Unit.Name)] = "Tên",
        [nameof(Unit.Kind)] = "Loại",
        [nameof(Unit.ParentId)] = "Đơn vị cấp trên",
        [nameof(Unit.EmulationGroupId)] = "Khối, cụm thi đua",
        [nameof(Unit.FormerDistrict)] = "Địa bàn cũ",
        [nameof(Unit.FormedFrom)] = "Hình thành từ",
        [nameof(Unit.Note)] = "Ghi chú",
        [nameof(Unit.IsActive)] = "Trạng thái",
    };

    public static IReadOnlyList<string> Describe(
        string action,
        string? changes,
        IReadOnlyDictionary<int, string> unitNames,
        IReadOnlyDictionary<int, string> groupNames)
    {
        if (action != AuditActions.Update || string.IsNullOrEmpty(changes))
        {
            return [];
        }

        using var json = JsonDocument.Parse(changes);
        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var lines = new List<string>();
        foreach (var property in json.RootElement.EnumerateObject())
        {
            if (!Labels.TryGetValue(property.Name, out var label)
                || !property.Value.TryGetProperty("old", out var before)
                || !property.Value.TryGetProperty("new", out var after))
            {
                continue;
            }

            lines.Add(property.Name switch
            {
                nameof(Unit.IsActive) => $"{label}: {(after.ValueKind == JsonValueKind.True ? "khôi phục hoạt động" : "ngừng hoạt động")}",
                nameof(Unit.Kind) => $"{label}: {KindName(before)} → {KindName(after)}",
                nameof(Unit.ParentId) => $"{label}: {NameOf(before, unitNames)} → {NameOf(after, unitNames)}",
                nameof(Unit.EmulationGroupId) => $"{label}: {NameOf(before, groupNames)} → {NameOf(after, groupNames)}",
                _ => $"{label}: {Text(before)} → {Text(after)}",
            });
        }

        return lines;
    }

    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? $"\"{text}\"" : "(trống)";

    private static string KindName(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var kind) && Enum.IsDefined((UnitKind)kind)
            ? ((UnitKind)kind).DisplayName()
            : "(trống)";

    private static string NameOf(JsonElement value, IReadOnlyDictionary<int, string> names) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id)
            ? names.GetValueOrDefault(id, $"#{id}")
            : "(không có)";
}
