namespace Course.Notebooks.Packages;

/// <summary>A <c>#r "nuget: …"</c> restore failed; the message carries the SDK's own output.</summary>
/// <param name="message">What failed and the restore output.</param>
public sealed class PackageRestoreException(string message) : Exception(message);
