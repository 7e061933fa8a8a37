using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LangSon.ThiDua.UnitTests;

/// <summary>
/// The pages are compressed on the wire by nginx, not by the portal (docs/performance.md, "Page weight"): the shared
/// proxy settings of both nginx sites (deploy/nginx/thidua-proxy.conf) are run in a real nginx, Debian's, in front of
/// an upstream that answers like the portal (HTML, no Content-Encoding), and the answers are read as a browser gets
/// them. nginx is installed by scripts/test.sh (nginx-light).
/// </summary>
public sealed class NginxCompressionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("thidua-nginx-").FullName;
    private Process? _nginx;

    [Fact]
    public async Task Nginx_sends_pages_gzipped_when_asked_but_the_two_factor_pages_uncompressed()
    {
        var page = Page("Bảng điều khiển theo dõi phong trào thi đua");
        var keys = Page("Khóa xác thực: JBSWY3DPEHPK3PXP");
        var port = await StartNginxAsync(new Dictionary<string, string>
        {
            ["Dashboard"] = page,
            ["TwoFactor/Keys"] = keys,
            ["twofactor/keys"] = keys,
        });
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        http.DefaultRequestHeaders.Add("Accept-Encoding", "gzip, deflate, br");

        using var dashboard = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/Dashboard"));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal(["gzip"], dashboard.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", dashboard.Headers.Vary);
        var compressed = await dashboard.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < page.Length / 4, $"{compressed.Length} B on the wire for {page.Length} B");
        Assert.Equal(page, Gunzip(compressed));

        foreach (var path in new[] { "/TwoFactor/Keys", "/twofactor/keys" })
        {
            using var twoFactor = await http.GetAsync(new Uri($"http://127.0.0.1:{port}{path}"));
            Assert.Equal(HttpStatusCode.OK, twoFactor.StatusCode);
            Assert.Empty(twoFactor.Content.Headers.ContentEncoding);
            Assert.Equal(keys, await twoFactor.Content.ReadAsStringAsync());
        }
    }

    /// <summary>A page of about 20 KB of the portal's kind of HTML.</summary>
    private static string Page(string title)
    {
        var rows = string.Concat(Enumerable.Range(1, 100).Select(i =>
            $"<tr><th scope=\"row\">Đơn vị {i}</th>"
            + $"<td class=\"text-end\"><a href=\"/Plans/Details/{i}\">{i}%</a></td></tr>\n"));
        return $"<!DOCTYPE html><html lang=\"vi\"><head><title>{title}</title></head><body><h1>{title}</h1>"
            + $"<table>{rows}</table></body></html>";
    }

    private static string Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// nginx with two servers: the portal's (the shared proxy settings, as deploy/nginx/thidua.conf includes them,
    /// over plain http) and a stand-in upstream that serves the given pages as text/html. Returns the first's port.
    /// </summary>
    private async Task<int> StartNginxAsync(Dictionary<string, string> pages)
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed (scripts/test.sh installs nginx-light).");
        var site = Path.Combine(_folder, "site");
        foreach (var (path, html) in pages)
        {
            var target = Path.Combine(site, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllTextAsync(target, html, new UTF8Encoding(false));
        }

        // A port found free may be taken before nginx binds it (the local end of another test's connection): nginx
        // then stops at once, and the start is tried again on other ports.
        for (var attempt = 1; ; attempt++)
        {
            var (portal, upstream) = (FreePort(), FreePort());
            var config = await ConfigAsync(site, portal, upstream);
            _nginx = Process.Start(new ProcessStartInfo(nginx, ["-p", _folder, "-c", config])
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            if (await ListeningAsync(portal))
            {
                return portal;
            }

            var error = await _nginx.StandardError.ReadToEndAsync();
            _nginx.Dispose();
            _nginx = null;
            if (attempt == 3 || !error.Contains("Address already in use", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"nginx stopped: {error}");
            }
        }
    }

    /// <summary>Writes nginx.conf for the two servers; returns its path.</summary>
    private async Task<string> ConfigAsync(string site, int portal, int upstream)
    {
        var snippet = Path.Combine(SourceTree.Root(), "deploy", "nginx", "thidua-proxy.conf");
        var temp = Directory.CreateDirectory(Path.Combine(_folder, "temp")).FullName;
        var config = $$"""
            daemon off;
            master_process off;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log;
            events { worker_connections 64; }
            http {
                access_log off;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                limit_req_zone $binary_remote_addr zone=thidua_signin:1m rate=10r/m;
                upstream thidua_app { server 127.0.0.1:{{upstream}}; }
                server {
                    listen 127.0.0.1:{{upstream}};
                    root {{site}};
                    default_type "text/html; charset=utf-8";
                    gzip off;
                }
                server {
                    listen 127.0.0.1:{{portal}};
                    include {{snippet}};
                }
            }
            """;
        var file = Path.Combine(_folder, "nginx.conf");
        await File.WriteAllTextAsync(file, config);
        return file;
    }

    /// <summary>Whether nginx listens on <paramref name="port"/> within 10 s; false once it has stopped.</summary>
    private async Task<bool> ListeningAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            if (_nginx!.HasExited)
            {
                return false;
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("nginx did not listen within 10 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill();
            _nginx.WaitForExit();
        }

        _nginx?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
