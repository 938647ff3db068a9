namespace WorkPlan.Documents.DocxImport;

/// <summary>How <see cref="ProgrammeDocxImporter"/> converts a legacy Word .doc (through LibreOffice).</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class DocxImportOptions
{
    /// <summary>The converter run when <see cref="ConverterPath"/> is not set: LibreOffice's <c>soffice</c>, found on PATH.</summary>
    public const string DefaultConverter = "soffice";

    /// <summary>Creates options.</summary>
    /// <param name="converterPath">The LibreOffice program (<c>soffice</c>): a full path, or a name looked up on PATH; null for <see cref="DefaultConverter"/>.</param>
    /// <param name="conversionTimeout">How long a conversion may take before it is stopped; null for two minutes.</param>
    /// <exception cref="ArgumentException"><paramref name="converterPath"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="conversionTimeout"/> is not positive.</exception>
    public DocxImportOptions(string? converterPath = null, TimeSpan? conversionTimeout = null)
    {
        if (converterPath is not null && converterPath.Trim().Length == 0)
        {
            throw new ArgumentException("converterPath must name a program (e.g. \"soffice\" or \"/usr/bin/soffice\"), or be null for the default.", nameof(converterPath));
        }

        if (conversionTimeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(conversionTimeout), timeout, "conversionTimeout must be positive.");
        }

        ConverterPath = converterPath ?? DefaultConverter;
        ConversionTimeout = conversionTimeout ?? TimeSpan.FromMinutes(2);
    }

    /// <summary>Gets the default options: <c>soffice</c> on PATH, two minutes.</summary>
    public static DocxImportOptions Default { get; } = new();

    /// <summary>Gets the LibreOffice program that converts a .doc to .docx.</summary>
    public string ConverterPath { get; }

    /// <summary>Gets how long a conversion may take.</summary>
    public TimeSpan ConversionTimeout { get; }
}
