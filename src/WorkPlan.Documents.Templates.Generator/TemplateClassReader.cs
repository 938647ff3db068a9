using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace WorkPlan.Documents.Templates.Generator;

/// <summary>Reads a class marked <c>[WorkPlanTemplates(folder)]</c> into a <see cref="TemplateClass"/>.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class TemplateClassReader
{
    /// <summary>Reads the marked class, naming what is wrong with its declaration.</summary>
    public static TemplateClass Read(GeneratorAttributeSyntaxContext context)
    {
        var symbol = (INamedTypeSymbol)context.TargetSymbol;
        var declaration = (ClassDeclarationSyntax)context.TargetNode;
        LocationInfo? location = LocationInfo.From(declaration.Identifier.GetLocation());
        string ns = symbol.ContainingNamespace.IsGlobalNamespace ? string.Empty : symbol.ContainingNamespace.ToDisplayString();
        string? folder = context.Attributes.Length > 0 && context.Attributes[0].ConstructorArguments is [{ Value: string value }] ? value : null;

        string? problem = null;
        if (!declaration.Modifiers.Any(SyntaxKind.StaticKeyword) || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            problem = $"the class '{symbol.Name}' marked [WorkPlanTemplates] must be declared 'static partial' so the generator can add Set and CreateRenderer() to it.";
        }
        else if (symbol.ContainingType is not null)
        {
            problem = $"the class '{symbol.Name}' marked [WorkPlanTemplates] is nested in '{symbol.ContainingType.Name}'; declare it at namespace level.";
        }
        else if (symbol.TypeParameters.Length > 0)
        {
            problem = $"the class '{symbol.Name}' marked [WorkPlanTemplates] is generic; declare it without type parameters.";
        }
        else if (folder is null || folder.Trim().Length == 0)
        {
            problem = "[WorkPlanTemplates] needs the template folder, relative to the project folder, e.g. [WorkPlanTemplates(\"Templates\")].";
        }
        else if (Path.IsPathRooted(folder) || folder.Replace('\\', '/').Split('/').Contains(".."))
        {
            problem = $"[WorkPlanTemplates(\"{folder}\")]: the template folder must be relative to the project folder and inside it, e.g. \"Templates\".";
        }

        return new TemplateClass(ns, symbol.Name, folder ?? string.Empty, location, problem);
    }
}
