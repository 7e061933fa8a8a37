using System.Text.Encodings.Web;
using System.Text.Json;

namespace LangSon.ThiDua.Domain.Auditing;

public static class AuditJson
{
    /// <summary>Keeps Vietnamese readable in the stored JSON.</summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
