using System.Globalization;
using System.Numerics;

namespace LangSon.ThiDua.DataGen;

/// <summary>
/// dotnet run --project tools/LangSon.ThiDua.DataGen -c Release -- --data-dir &lt;folder&gt; [--scale 1] [--seed 2025] [--force]
/// (docs/data-generator.md).
/// </summary>
internal static class Program
{
    internal const string Usage = """
        Sinh cơ sở dữ liệu quy mô tỉnh cho thử tải (docs/data-generator.md).

        Cách dùng:
          dotnet run --project tools/LangSon.ThiDua.DataGen -c Release -- --data-dir <thư mục> [tùy chọn]

        Tùy chọn:
          --data-dir <thư mục>   nơi tạo thidua.db (bắt buộc)
          --scale <hệ số>        1 = 250 đơn vị, 2.000 người dùng, 5.000 chỉ tiêu, 50.000 báo cáo, 3.000 hồ sơ khen thưởng; 10 = gấp 10 (mặc định 1)
          --seed <số>            hạt giống ngẫu nhiên; cùng hạt giống cho cùng dữ liệu (mặc định 2025)
          --force                ghi đè thidua.db nếu đã có
          --as-of <yyyy-MM-dd>   ngày chốt số liệu: không có báo cáo nào sau ngày này (mặc định 2026-11-15)
          --units, --users, --targets, --reports, --reminders, --nominations, --sessions <số>
                                 đặt riêng từng số lượng (ghi đè --scale)
          --batch-size <số>      số dòng mỗi giao dịch (mặc định 2000)
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            Console.WriteLine(Usage);
            return 0;
        }

        GeneratorOptions options;
        try
        {
            options = Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message}\n\n{Usage}");
            return 2;
        }

        Console.WriteLine($"Sinh dữ liệu vào {options.DatabasePath} (hạt giống {options.Seed}, ngày chốt {options.AsOf:dd/MM/yyyy})");
        GenerationSummary summary;
        try
        {
            summary = await new ProvinceDataGenerator(options, Console.Out).RunAsync();
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("--force", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }

        var vi = CultureInfo.GetCultureInfo("vi-VN");
        Console.WriteLine();
        Console.WriteLine("| bảng | số dòng |");
        Console.WriteLine("|---|---:|");
        foreach (var (table, rows) in summary.Counts)
        {
            Console.WriteLine($"| {table} | {rows.ToString("N0", vi)} |");
        }

        Console.WriteLine();
        Console.WriteLine($"Thời gian: {summary.Elapsed.TotalSeconds.ToString("N1", vi)} giây; kích thước: {(summary.DatabaseBytes / 1048576.0).ToString("N1", vi)} MB");
        Console.WriteLine($"Dấu vân tay dữ liệu (SHA-256): {await DatabaseFingerprint.ComputeAsync(options.DatabasePath)}");
        return 0;
    }

    internal static GeneratorOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--force")
            {
                values[name] = null;
                continue;
            }

            if (!name.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Tham số không hợp lệ: {name}");
            }

            values[name] = args[++i];
        }

        if (!values.TryGetValue("--data-dir", out var dataDir) || string.IsNullOrWhiteSpace(dataDir))
        {
            throw new ArgumentException("Thiếu --data-dir.");
        }

        var scale = values.TryGetValue("--scale", out var s) ? Number<double>(s, "--scale") : 1;
        var seed = values.TryGetValue("--seed", out var seedText) ? Number<int>(seedText, "--seed") : GeneratorOptions.DefaultSeed;
        var options = GeneratorOptions.ForScale(Path.GetFullPath(dataDir), scale > 0 ? scale : throw new ArgumentException("--scale phải lớn hơn 0."), seed);
        return options with
        {
            Force = values.ContainsKey("--force"),
            Units = Count("--units", options.Units),
            Users = Count("--users", options.Users),
            Targets = Count("--targets", options.Targets),
            Reports = Count("--reports", options.Reports),
            Reminders = Count("--reminders", options.Reminders),
            Nominations = Count("--nominations", options.Nominations),
            CouncilSessions = Count("--sessions", options.CouncilSessions),
            BatchSize = Math.Max(1, Count("--batch-size", options.BatchSize)),
            AsOf = values.TryGetValue("--as-of", out var asOf)
                ? DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : throw new ArgumentException("--as-of phải có dạng yyyy-MM-dd.")
                : options.AsOf,
        };

        int Count(string name, int fallback) => values.TryGetValue(name, out var text) ? Math.Max(0, Number<int>(text, name)) : fallback;
    }

    private static T Number<T>(string? text, string name)
        where T : INumber<T> =>
        T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new ArgumentException($"{name} phải là một số.");
}
