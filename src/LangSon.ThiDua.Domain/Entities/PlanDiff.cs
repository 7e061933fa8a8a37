using System.ComponentModel.DataAnnotations;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Domain;

public enum TargetChangeKind
{
    [Display(Name = "Thêm mới")]
    Added = 0,

    [Display(Name = "Sửa")]
    Changed = 1,

    [Display(Name = "Bỏ")]
    Removed = 2,
}

/// <summary>One field that changed, as a person reads it: "Giá trị mục tiêu: 95 → 98".</summary>
public sealed record FieldChange(string Field, string Old, string New);

/// <summary>A target added, removed or changed between two versions of a plan (matched by the target's id).</summary>
public sealed record TargetChange(
    TargetChangeKind Kind, int TargetId, int ContentAreaId, string Title, IReadOnlyList<FieldChange> Fields);

/// <summary>What changed between an accepted version of a plan and a later one (or the plan as it stands).</summary>
public sealed record PlanDiff(IReadOnlyList<FieldChange> Header, IReadOnlyList<TargetChange> Targets)
{
    public bool IsEmpty => Header.Count == 0 && Targets.Count == 0;

    public static PlanDiff Between(PlanVersion before, UnitPlan after, Func<int, string> areaName) => Compare(
        before, (after.DocumentNumber, after.DocumentDate, after.Summary), after.Targets.Select(VersionTarget.Of),
        areaName);

    public static PlanDiff Between(PlanVersion before, PlanVersion after, Func<int, string> areaName) => Compare(
        before, (after.DocumentNumber, after.DocumentDate, after.Summary), after.Targets(), areaName);

    /// <summary>
    /// Compares a kept version with a header and targets: added, removed and changed targets by content area;
    /// <paramref name="areaName"/> names a content area by its id.
    /// </summary>
    public static PlanDiff Compare(
        PlanVersion before,
        (string? Number, DateOnly? Date, string? Summary) header,
        IEnumerable<VersionTarget> after,
        Func<int, string> areaName)
    {
        var headerChanges = new List<FieldChange>();
        Add(headerChanges, "Số văn bản", before.DocumentNumber, header.Number);
        Add(headerChanges, "Ngày văn bản", Day(before.DocumentDate), Day(header.Date));
        Add(headerChanges, "Tóm tắt", before.Summary, header.Summary);

        var old = before.Targets().ToDictionary(t => t.Id);
        var now = after.ToList();
        var changes = new List<TargetChange>();
        foreach (var target in now)
        {
            if (!old.TryGetValue(target.Id, out var was))
            {
                changes.Add(new TargetChange(
                    TargetChangeKind.Added, target.Id, target.ContentAreaId, target.Title, []));
            }
            else if (Fields(was, target, areaName) is { Count: > 0 } fields)
            {
                changes.Add(new TargetChange(
                    TargetChangeKind.Changed, target.Id, target.ContentAreaId, target.Title, fields));
            }
        }

        var kept = now.Select(t => t.Id).ToHashSet();
        changes.AddRange(old.Values.Where(t => !kept.Contains(t.Id))
            .Select(t => new TargetChange(TargetChangeKind.Removed, t.Id, t.ContentAreaId, t.Title, [])));
        return new PlanDiff(headerChanges, changes.OrderBy(c => c.ContentAreaId).ThenBy(c => c.Kind).ToList());
    }

    private static List<FieldChange> Fields(VersionTarget was, VersionTarget now, Func<int, string> areaName)
    {
        var fields = new List<FieldChange>();
        Add(fields, "Nội dung mục tiêu", was.Title, now.Title);
        Add(fields, "Nội dung thi đua", areaName(was.ContentAreaId), areaName(now.ContentAreaId));
        Add(fields, "Loại", was.MeasureKind.DisplayName(), now.MeasureKind.DisplayName());
        Add(fields, "Đơn vị tính", was.UnitOfMeasure, now.UnitOfMeasure);
        Add(fields, "Chiều đánh giá", was.Direction.DisplayName(), now.Direction.DisplayName());
        Add(fields, "Giá trị ban đầu", Number(was.Baseline), Number(now.Baseline));
        Add(fields, "Giá trị mục tiêu", Number(was.TargetValue), Number(now.TargetValue));
        Add(fields, "Người chịu trách nhiệm", was.ResponsibleName, now.ResponsibleName);
        Add(fields, "Chức vụ", was.ResponsiblePosition, now.ResponsiblePosition);
        Add(fields, "Thời hạn", Vietnamese.Date(was.Deadline), Vietnamese.Date(now.Deadline));
        return fields;
    }

    private static void Add(List<FieldChange> changes, string field, string? old, string? now)
    {
        var (a, b) = (old?.Trim() ?? string.Empty, now?.Trim() ?? string.Empty);
        if (!string.Equals(a, b, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, a.Length == 0 ? "(trống)" : a, b.Length == 0 ? "(trống)" : b));
        }
    }

    private static string? Number(decimal? value) => value?.ToString("#,##0.####", Vietnamese.Culture);

    private static string? Day(DateOnly? day) => day is { } d ? Vietnamese.Date(d) : null;
}
