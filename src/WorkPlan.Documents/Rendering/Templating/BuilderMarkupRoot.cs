using System.Text;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>A <see cref="StringBuilder"/> as the end of a chain of partial outputs.</summary>
internal sealed class BuilderMarkupRoot : IMarkupRoot
{
    private readonly StringBuilder builder;

    public BuilderMarkupRoot(StringBuilder builder)
    {
        this.builder = builder;
    }

    public int Length => builder.Length;

    public void Insert(int index, string text) => builder.Insert(index, text);
}
