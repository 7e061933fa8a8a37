using System.Security.Cryptography;

namespace LangSon.ThiDua.Domain;

/// <summary>
/// The short code printed on a certificate that opens its public verification page: 10 characters drawn by the
/// system's cryptographic generator from 31 that cannot be mistaken for one another (no 0/O, 1/I/L), about 49 bits:
/// not guessable, short enough to type.
/// </summary>
public static class VerificationCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Length = 10;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>A code as typed (lower case, spaces, a dash) in its stored form; null when it is not one.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var code = new string(typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    /// <summary>Printed in two halves so that it is read and typed without losing one's place: "ABCDE-FGHJK".</summary>
    public static string Display(string code) =>
        code.Length == Length ? $"{code[..(Length / 2)]}-{code[(Length / 2)..]}" : code;
}
