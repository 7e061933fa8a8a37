namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// Marks an upload action: its request may be as large as <see cref="UploadOptions"/> allows for <see cref="Files"/>
/// files instead of Security:MaxRequestBodyKilobytes. Applied by <see cref="RequestLimits.UseRequestLimits"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadSizeLimitAttribute(int files = 1, bool import = false) : Attribute
{
    public int Files { get; } = files;

    public bool Import { get; } = import;
}
