using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// The builtins (<c>string</c>, <c>array</c>, <c>date</c>, …) of one render, built cheaply from a prototype shared by
/// every render: each builtin object is copied on first use, so a render sees exactly what a fresh
/// <see cref="BuiltinFunctions"/> gives it, own mutable copies included (<c>date.format = …</c> changes only that render).
/// </summary>
/// <remarks>
/// <para>
/// Scriban's default, <see cref="TemplateContext.GetDefaultBuiltinObject"/>, deep-clones all builtin objects for every
/// context (rebuilding <c>date</c>'s reflection-bound functions): about a tenth of a render for templates that use
/// none of them. Here a render copies 12 references and clones only the builtin objects its templates look up.
/// </para>
/// <para>
/// Why sharing the prototype is safe across threads: the prototype is built once and never written after its
/// constructor; renders only read it (the reference copy here, and <see cref="ScriptObject.Clone"/> of a member, which
/// reads). A template can reach a builtin object only by looking its name up in the globals, that is through
/// <see cref="TryGetValue"/>, which hands out the render's own clone, never the shared object; the root itself is
/// reachable by no name (<c>this</c> is the model's globals), and global assignments go to the top global object,
/// the model's (<c>date = 1</c> shadows the builtin in that render only).
/// </para>
/// </remarks>
/// <threadsafety>Not thread-safe: one instance per render. The shared prototype is read-only.</threadsafety>
internal sealed class RenderBuiltins : ScriptObject
{
    /// <summary>The builtins every render starts from: a fresh <see cref="BuiltinFunctions"/>, never modified.</summary>
    private static readonly ScriptObject Prototype = new BuiltinFunctions();

    // No auto-import of this type's static members (ScriptObject's default for derived types): it has none to expose,
    // and the reflection would cost more than the copy.
    public RenderBuiltins()
        : base(Prototype.Count, false)
    {
        Prototype.CopyTo(this);
    }

    /// <inheritdoc />
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.TryGetValue(context, span, member, out value))
        {
            return false;
        }

        // A builtin object still shared with the prototype: clone it now, as BuiltinFunctions' deep clone would have,
        // and keep the clone (same read-only flag) so the render sees one object throughout.
        if (value is ScriptObject or ScriptArray
            && Prototype.TryGetValue(context, span, member, out object? shared)
            && ReferenceEquals(value, shared))
        {
            value = ((IScriptObject)value).Clone(true);
            SetValue(member, value, !Prototype.CanWrite(member));
        }

        return true;
    }
}
