namespace LangSon.ThiDua.Stress;

/// <summary>What the virtual users of the load mode do (docs/performance.md, "The load mix").</summary>
internal enum LoadScenario
{
    /// <summary>Each user signs in once, keeps its cookie and works through its pages (the performance figures).
    /// </summary>
    Work,

    /// <summary>As Work, but a user with nothing unread signs out and in again: the sign-in churn (password
    /// hashes).</summary>
    Churn,
}
