using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace WorkPlan.Documents.Templates.Generator.Tests.Infrastructure;

/// <summary>An additional file held in memory, as the compiler passes a template file to the generator.</summary>
internal sealed class TemplateText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}
