namespace LangSon.ThiDua.Domain;

/// <summary>
/// Server-side sign-in sessions (issue 20): one row of Identity's AspNetUserTokens per signed-in browser, under this
/// login provider. The sign-in cookie holds only the session's key; signing out deletes the row, so a copied cookie
/// opens nothing afterwards. The rows are not audited (sign-in, sign-out and ending sessions are, as security events).
/// </summary>
public static class SignInSessions
{
    public const string LoginProvider = "[LangSon.ThiDua.Session]";
}
