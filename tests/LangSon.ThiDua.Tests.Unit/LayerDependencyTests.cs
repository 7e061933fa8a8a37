using System.Reflection;
using System.Text.RegularExpressions;
using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.UnitTests;

/// <summary>
/// Features may use Infrastructure, never the reverse (docs/architecture.md, "Layers"). Checked twice: the compiled
/// signatures of every Infrastructure type, and the source of every file under Infrastructure/ (method bodies too).
/// </summary>
public sealed partial class LayerDependencyTests
{
    private const string InfrastructureNamespace = "LangSon.ThiDua.Web.Infrastructure";
    private const string FeaturesNamespace = "LangSon.ThiDua.Web.Features";

    [Fact]
    public void Infrastructure_types_do_not_mention_feature_types_in_their_signatures()
    {
        var offending = typeof(PortalOptions).Assembly.GetTypes()
            .Where(t => InNamespace(t, InfrastructureNamespace))
            .SelectMany(t => SignatureTypes(t).Where(used => InNamespace(used, FeaturesNamespace))
                .Select(used => $"{t.FullName} → {used.FullName}"))
            .Distinct()
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Infrastructure_source_does_not_use_the_features_namespace()
    {
        var root = SourceTree.Root();
        var folder = Path.Combine(root, "src", "LangSon.ThiDua.Web", "Infrastructure");
        var featureFolders = Directory.GetDirectories(Path.Combine(root, "src", "LangSon.ThiDua.Web", "Features"))
            .Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var offending = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => !l.line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Where(l => l.line.Contains(FeaturesNamespace, StringComparison.Ordinal)
                || FeatureQualifier().Matches(l.line).Any(m => featureFolders.Contains(m.Groups[1].Value)))
            .Select(l => $"{Path.GetRelativePath(root, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.Empty(offending);
    }

    private static bool InNamespace(Type type, string ns) =>
        type.Namespace is { } name && (name == ns || name.StartsWith(ns + ".", StringComparison.Ordinal));

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
            | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new List<Type?> { type.BaseType };
        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetFields(all).Select(f => f.FieldType));
        direct.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
            direct.AddRange(method.GetCustomAttributes(false).Select(a => a.GetType()));
            if (method is MethodInfo info)
            {
                direct.Add(info.ReturnType);
            }
        }

        return direct.OfType<Type>().SelectMany(Expand);
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        Type[] inner = type.HasElementType ? [type.GetElementType()!]
            : type.IsGenericType ? type.GetGenericArguments() : [];
        foreach (var nested in inner.SelectMany(Expand))
        {
            yield return nested;
        }
    }

    /// <summary>A namespace-relative qualifier such as <c>Features.Feedback.</c>.</summary>
    [GeneratedRegex(@"(?<![\w.])Features\.([A-Z]\w*)\.")]
    private static partial Regex FeatureQualifier();
}
