/**
 * Editor features as plain functions of an {@link nianbao.core.Analysis}: no protocol types,
 * so each is tested without JSON-RPC and the language server only converts records.
 *
 * <p>One class per feature, each with static entry points:
 * <ul>
 *   <li>{@link nianbao.core.features.Completion#at} → {@link nianbao.core.features.CompletionItem}s
 *       (names with pinyin filter text; table and report skeletons as snippets);</li>
 *   <li>{@link nianbao.core.features.Hover#at} → {@link nianbao.core.features.HoverInfo} (Markdown);</li>
 *   <li>{@link nianbao.core.features.DocumentSymbols#of} → {@link nianbao.core.features.OutlineSymbol} tree;</li>
 *   <li>{@link nianbao.core.features.FoldingRanges#of} → {@link nianbao.core.features.Fold}s;</li>
 *   <li>{@link nianbao.core.features.Formatter#format} → text edits
 *       ({@link nianbao.core.diagnostic.Diagnostic.Edit}, as quick fixes use);</li>
 *   <li>{@link nianbao.core.features.SemanticTokens#of} → {@link nianbao.core.features.SemanticToken}s,
 *       {@link nianbao.core.features.SemanticTokens#LEGEND}, {@link nianbao.core.features.SemanticTokens#encode};</li>
 *   <li>{@link nianbao.core.features.InlayHints#of} → {@link nianbao.core.features.InlayHint}s;</li>
 *   <li>{@link nianbao.core.features.Definition#at} → {@link nianbao.core.features.DefinitionTarget};</li>
 *   <li>{@link nianbao.core.features.DocumentHighlights#at} → {@link nianbao.core.features.Highlight}s
 *       (the cells of a cell's balance rules);</li>
 *   <li>{@link nianbao.core.features.RuleLenses#of} → {@link nianbao.core.features.RuleLens}es (per table);</li>
 *   <li>{@link nianbao.core.features.DocumentLinks#of} → {@link nianbao.core.features.FileLink}s;</li>
 *   <li>{@link nianbao.core.features.SelectionRanges#at} → nested ranges, innermost first.</li>
 * </ul>
 * Quick fixes need no class here: they travel with each diagnostic
 * ({@link nianbao.core.diagnostic.Diagnostic#fixes()}), made by the check that found it.
 *
 * <p>Positions in and out are LSP's (zero-based line, UTF-16 code units). Outline, folding and
 * formatting read the syntax tree only, so they work on a file that does not parse.
 *
 * <p>Null-checked by NullAway: a value that may be null is marked @Nullable (CONTRIBUTING.md).
 */
@NullMarked
package nianbao.core.features;

import org.jspecify.annotations.NullMarked;
