using System.Globalization;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Documents.Pdf;

/// <summary>
/// What a unit prints at the top and bottom of its documents (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body's
/// lines, the place of issue, and the signature's authority and title.
/// </summary>
public static class UnitIssuer
{
    /// <summary>The province and its People's Committee, as a document of UBND tỉnh and every sở prints them.</summary>
    public const string Province = "Lạng Sơn";

    public const string ProvincialParent = "UBND TỈNH LẠNG SƠN";

    public const string PeoplesCommittee = "ỦY BAN NHÂN DÂN";

    /// <summary>
    /// "ỦY BAN NHÂN DÂN" over "TỈNH LẠNG SƠN": the People's Committee's name breaks between the body and its territory,
    /// never inside the place name.
    /// </summary>
    public static readonly string ProvincialCommittee = PeoplesCommittee + "\nTỈNH " + Upper(Province);

    private static readonly CultureInfo Vi = Domain.Text.Vietnamese.Culture;

    private static readonly string[] CommunePrefixes =
        ["UBND xã ", "UBND phường ", "Ủy ban nhân dân xã ", "Ủy ban nhân dân phường ", "Xã ", "Phường "];

    /// <summary>
    /// The issuing body lines ('\n' between lines) for a unit: a provincial agency, under "UBND TỈNH LẠNG SƠN"; a
    /// commune's or ward's People's Committee is its own issuing body, "ỦY BAN NHÂN DÂN" over "XÃ THẤT KHÊ"; a mass
    /// organisation or a press body prints its own name alone.
    /// </summary>
    public static (string? Parent, string Body) IssuingBodyFor(string unitName, UnitKind kind) => kind switch
    {
        UnitKind.Commune or UnitKind.Ward =>
            (null, PeoplesCommittee + "\n" + Upper($"{Level(kind)} {PlaceFor(unitName, kind)}")),
        UnitKind.MassOrganisation or UnitKind.Press => (null, Upper(unitName)),
        _ => (ProvincialParent, Upper(unitName)),
    };

    /// <summary>
    /// The place of issue (NĐ 30: the administrative unit where the issuer sits): "Tam Thanh" for UBND phường Tam
    /// Thanh, "Thất Khê" for UBND xã Thất Khê, "Lạng Sơn" for a provincial body.
    /// </summary>
    public static string PlaceFor(string unitName, UnitKind kind)
    {
        if (kind is not (UnitKind.Commune or UnitKind.Ward))
        {
            return Province;
        }

        var prefix = CommunePrefixes.FirstOrDefault(p => unitName.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        return prefix is null ? unitName.Trim() : unitName[prefix.Length..].Trim();
    }

    /// <summary>"Ủy ban nhân dân phường Tam Thanh", "Sở Y tế": the unit as a sentence names it.</summary>
    public static string FullName(string unitName, UnitKind kind) => kind is UnitKind.Commune or UnitKind.Ward
        ? $"Ủy ban nhân dân {Level(kind)} {PlaceFor(unitName, kind)}"
        : unitName;

    /// <summary>
    /// The collective leadership a unit's head signs for ("TM. ỦY BAN NHÂN DÂN" of a commune or ward); none for a body
    /// run by its head (a sở signs "GIÁM ĐỐC", or "KT. GIÁM ĐỐC" for a deputy).
    /// </summary>
    public static string? CollectiveBody(UnitKind kind) =>
        kind is UnitKind.Commune or UnitKind.Ward ? PeoplesCommittee : null;

    /// <summary>
    /// The title a unit's head has when none is set: "Chủ tịch" of a People's Committee, else "Giám đốc".
    /// </summary>
    public static string DefaultHeadTitle(UnitKind kind) =>
        kind is UnitKind.Commune or UnitKind.Ward ? "Chủ tịch" : "Giám đốc";

    private static string Level(UnitKind kind) => kind == UnitKind.Ward ? "phường" : "xã";

    private static string Upper(string text) => text.ToUpper(Vi);
}
