namespace LangSon.ThiDua.Domain;

/// <summary>A rule of the domain refused an operation; the message is Vietnamese and shown to the user.</summary>
public sealed class DomainException : Exception
{
    public DomainException()
    {
    }

    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
