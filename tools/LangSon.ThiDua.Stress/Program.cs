using System.Globalization;
using System.Runtime.InteropServices;

namespace LangSon.ThiDua.Stress;

/// <summary>Crash-safety and sustained-load driver of a running portal (docs/reliability.md).</summary>
internal static class Program
{
    internal const string Usage = """
        Thử độ bền của cổng thông tin đang chạy (docs/reliability.md).

        Cách dùng:
          write  --base <URL> --ack <tệp> [--users u1,u2,…] [--writers 8] [--duration 60s]
                 Nhiều luồng gửi báo cáo tiến độ, mỗi báo cáo có một mã riêng; mã được ghi (và fsync) vào tệp xác nhận
                 chỉ sau khi cổng trả lời chuyển hướng thành công. --duration 0 = đến khi bị dừng (SIGINT/SIGTERM).
          verify --db <thidua.db> --ack <tệp>
                 PRAGMA integrity_check phải là "ok" và mọi mã đã xác nhận phải có trong ProgressReports.
          load   --base <URL> [--scenario work|churn] [--connections 50] [--duration 300s] [--summary <tệp>]
                 [--markdown <tệp>] [--baseline <tệp tóm tắt của lần chạy gốc>]
                 [--less-data <tệp tóm tắt của lần chạy trên ít dữ liệu hơn> --less-data-label "1×"]
                 Tải hỗn hợp 80 % đọc / 20 % ghi. work: mỗi người đăng nhập một lần rồi làm việc; churn: đăng xuất và
                 đăng nhập lại khi không có thông báo chưa đọc. In kết luận theo mục tiêu; mã thoát 1 nếu có lỗi.
          import-probe --base <URL> --pid <PID> [--runs 2] [--user canbo.tamthanh]
                 Tải lên các tệp Excel độc hại (nhiều ô ngoài cột A–J, vùng khai báo khổng lồ, bom nén) vào kế hoạch
                 dự thảo của người dùng; đo thời gian trả lời và bộ nhớ của tiến trình cổng (PID).
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args.Any(a => a is "--help" or "-h"))
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        using var stop = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        try
        {
            var options = Options.Parse(args.Skip(1));
            return args[0] switch
            {
                "write" => await new WriteCommand(
                    options.Url("--base"), options.Required("--ack"),
                    options.Get("--users")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? DemoSetup.UnitUsers,
                    options.Int("--writers", 8), options.Duration("--duration", TimeSpan.FromSeconds(60))).RunAsync(stop.Token),
                "verify" => await new VerifyCommand(options.Required("--db"), options.Required("--ack")).RunAsync(stop.Token),
                "load" => await new LoadCommand(
                    options.Url("--base"), options.Int("--connections", 50), options.Duration("--duration", TimeSpan.FromSeconds(300)),
                    options.Scenario("--scenario"), options.Get("--summary"), options.Get("--markdown"),
                    options.Get("--baseline"), options.Get("--less-data"),
                    options.Get("--less-data-label") ?? "less data").RunAsync(stop.Token),
                "import-probe" => await new ImportProbeCommand(
                    options.Url("--base"), options.Int("--pid", 0), options.Int("--runs", 2),
                    options.Get("--user") ?? "canbo.tamthanh")
                    .RunAsync(stop.Token),
                _ => throw new ArgumentException($"Lệnh không rõ: {args[0]}."),
            };
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message}\n\n{Usage}");
            return 2;
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync($"LỖI: {ex.Message}");
            return 1;
        }

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>--name value pairs.</summary>
    private sealed class Options
    {
        private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

        public static Options Parse(IEnumerable<string> args)
        {
            var options = new Options();
            using var e = args.GetEnumerator();
            while (e.MoveNext())
            {
                var name = e.Current;
                if (!name.StartsWith("--", StringComparison.Ordinal) || !e.MoveNext())
                {
                    throw new ArgumentException($"Tùy chọn không hợp lệ: {name}.");
                }

                options.values[name] = e.Current;
            }

            return options;
        }

        public string? Get(string name) => values.GetValueOrDefault(name);

        public LoadScenario Scenario(string name) => Get(name) switch
        {
            null or "work" => LoadScenario.Work,
            "churn" => LoadScenario.Churn,
            var other => throw new ArgumentException($"{name} phải là work hoặc churn, không phải {other}."),
        };

        public string Required(string name) => Get(name) ?? throw new ArgumentException($"Thiếu {name}.");

        public Uri Url(string name) => Uri.TryCreate(Required(name), UriKind.Absolute, out var uri)
            ? uri
            : throw new ArgumentException($"{name} phải là một địa chỉ đầy đủ, ví dụ http://127.0.0.1:5080.");

        public int Int(string name, int fallback) => Get(name) is not { } text
            ? fallback
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} phải là số nguyên dương.");

        /// <summary>"300", "300s", "5m"; 0 means no limit.</summary>
        public TimeSpan Duration(string name, TimeSpan fallback)
        {
            if (Get(name) is not { } text)
            {
                return fallback;
            }

            var minutes = text.EndsWith('m');
            var number = text.TrimEnd('s', 'm');
            return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0
                ? (minutes ? TimeSpan.FromMinutes(n) : TimeSpan.FromSeconds(n))
                : throw new ArgumentException($"{name} phải là thời lượng, ví dụ 300s hoặc 5m.");
        }
    }
}
