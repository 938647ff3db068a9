using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>
/// The template set a command works with: the default ND30 set, with the files of a <c>--templates</c> folder over it
/// and a <c>--stylesheet</c> after its stylesheet. <c>render</c> and <c>templates check</c> read it the same way, so
/// the check sees exactly the set a render would use.
/// </summary>
internal static class TemplateSetInput
{
    /// <summary>Builds the set.</summary>
    /// <param name="folder">The template folder, or null for the default set.</param>
    /// <param name="stylesheet">A stylesheet applied after the set's own, or null.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The set.</returns>
    /// <exception cref="CliException">The folder is missing or unreadable, or the stylesheet cannot be read (exit 4).</exception>
    public static async Task<TemplateSet> BuildAsync(string? folder, string? stylesheet, CancellationToken cancellationToken)
    {
        TemplateSet set = Nd30Templates.Default;
        if (folder is not null)
        {
            if (!Directory.Exists(folder))
            {
                throw new CliException(ExitCodes.InvalidTemplates, folder, File.Exists(folder) ? "is a file; expected a template folder." : "template folder not found.");
            }

            try
            {
                set = set.WithFolder(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file of the folder is a symbolic link that leaves it, or the folder cannot be listed.
                throw new CliException(ExitCodes.InvalidTemplates, folder, ex.Message, ex);
            }
        }

        if (stylesheet is not null)
        {
            byte[] bytes = await InputFile.ReadAllBytesAsync(stylesheet, ExitCodes.InvalidTemplates, cancellationToken).ConfigureAwait(false);
            try
            {
                set = set.ExtendStyleSheet(InputFile.DecodeUtf8(stylesheet, bytes, ExitCodes.InvalidTemplates), stylesheet);
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ExitCodes.InvalidTemplates, stylesheet, ex.Message, ex);
            }
        }

        return set;
    }
}
