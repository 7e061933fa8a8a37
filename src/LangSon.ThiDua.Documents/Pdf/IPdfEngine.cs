namespace LangSon.ThiDua.Documents.Pdf;

/// <summary>
/// Prints an HTML document (a Razor template with print CSS: @page size and margins, page breaks, repeated table
/// headers) to PDF. The engine is replaceable: the portal only knows this interface.
/// </summary>
public interface IPdfEngine
{
    /// <summary>
    /// The PDF of the request's HTML. Page size, margins and page numbers come from the document's own @page rules
    /// (NĐ 30: the number centred at the top of every page but the first, a CSS page-margin box).
    /// </summary>
    /// <exception cref="PdfEngineUnavailableException">No browser is installed, or it could not start.</exception>
    Task<byte[]> RenderAsync(PdfRequest request, CancellationToken ct = default);
}

/// <param name="Html">A whole HTML document, with its styles inline or in a &lt;style&gt; element (nothing is
/// fetched).</param>
public sealed record PdfRequest(string Html);

/// <summary>The PDF engine cannot work on this machine; the message is in Vietnamese, for the user.</summary>
public sealed class PdfEngineUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

public sealed class PdfEngineOptions
{
    /// <summary>The Chromium (or Chrome/Edge) executable; Debian's package by default.</summary>
    public string ExecutablePath { get; set; } = OperatingSystem.IsWindows() ? "" : "/usr/bin/chromium";

    /// <summary>On Windows Server: a browser channel such as "msedge" instead of an executable path.</summary>
    public string? Channel { get; set; } = OperatingSystem.IsWindows() ? "msedge" : null;

    /// <summary>How many documents print at the same time; more wait their turn.</summary>
    public int MaxConcurrentPages { get; set; } = 4;

    /// <summary>How long one document may take, waiting included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Starts the browser in the background as soon as the portal has started (readiness does not wait for it), so that
    /// the first document does not wait for the browser to start.
    /// </summary>
    public bool WarmUp { get; set; } = true;
}
