using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Account;

/// <summary>What an authenticator app computes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), from the key the page shows.</summary>
internal static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; this only reproduces them in a test.
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }

    public static string Now(string key) => Code(key, DateTimeOffset.UtcNow);

    /// <summary>A 6-digit code that no step near now accepts.</summary>
    public static string Wrong(string key)
    {
        var near = Enumerable.Range(-3, 7).Select(i => Code(key, DateTimeOffset.UtcNow.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 100).Select(i => (123456 + (i * 7919)).ToString("D6", CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
            }
        }

        return [.. bytes];
    }
}

/// <summary>Steps a user takes in the browser, shared by the two-factor test classes.</summary>
internal static class TwoFactorSteps
{
    /// <summary>Opens "Xác thực hai lớp", reads the key, confirms with a current code; returns the key and the recovery codes shown.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableAsync(PortalClient client)
    {
        var key = await SharedKeyAsync(client);
        using var response = await client.PostFormAsync("/TwoFactor/Enable", new Dictionary<string, string> { ["Code"] = Totp.Now(key) }, "/TwoFactor");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        return (key, page.QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent.Trim()).ToList());
    }

    public static async Task<string> SharedKeyAsync(PortalClient client)
    {
        var page = await client.GetPageAsync("/TwoFactor");
        var key = page.QuerySelector("#shared-key")?.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(key), "The set-up page shows no key");
        Assert.Matches("^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$", key.Trim());
        return key.Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Signs in with the password; returns the URL of the second step it was sent to.</summary>
    public static async Task<string> PasswordStepAsync(PortalClient client, string userName)
    {
        using var response = await client.LoginAsync(userName, PortalFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Account/LoginWith2fa", location, StringComparison.Ordinal);
        return location;
    }
}
