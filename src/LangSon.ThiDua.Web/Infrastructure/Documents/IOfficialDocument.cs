using LangSon.ThiDua.Documents.Pdf;

namespace LangSon.ThiDua.Web.Infrastructure.Documents;

/// <summary>A document template's model: the _Document layout prints its header, signature and recipients.</summary>
public interface IOfficialDocument
{
    OfficialHeader Header { get; }

    /// <summary>The issuing body's short code after the type in a blank number ("/KH-SYT"); may be empty.</summary>
    string? BodyCode { get; }
}
