using LangSon.ThiDua.Documents.Pdf;

namespace LangSon.ThiDua.Web.Infrastructure.Documents;

/// <summary>A document template's model: the _Document layout prints its header, signature and recipients.</summary>
public interface IOfficialDocument
{
    OfficialHeader Header { get; }

    /// <summary>The issuing body's short code after the type in a blank number ("/KH-SYT"); may be empty.</summary>
    string? BodyCode { get; }

    /// <summary>
    /// The signatures with no name to print ("Giám đốc", "Thư ký"): the preview warns before the document goes for
    /// signing. By default the header's single signer.
    /// </summary>
    IReadOnlyList<string> MissingSigners =>
        Header.SignerMissing ? [string.IsNullOrWhiteSpace(Header.SignerTitle) ? "người ký" : Header.SignerTitle] : [];
}
