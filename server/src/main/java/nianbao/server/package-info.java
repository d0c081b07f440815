/**
 * The language server: an adapter between LSP4J and {@code nianbao.core}, holding no knowledge
 * of reports itself.
 *
 * <ul>
 *   <li>{@link nianbao.server.Main}: stdio (default) or {@code --port N}; {@code run(in, out)} is
 *       what {@code nianbao lsp} calls. {@code JsonRpcMessages}: LSP4J's message reading, plus
 *       JSON-RPC's null-id answer to a body from which no request can be read.</li>
 *   <li>{@code NianbaoLanguageServer}, {@code NianbaoTextDocumentService},
 *       {@code NianbaoWorkspaceService}: capabilities and routing only. Every request is answered
 *       on one background thread from the document version current when it arrived; a feature
 *       that throws is logged and gets its empty answer.</li>
 *   <li>{@code OpenDocuments}, {@code TextDocument}: the open documents, immutable versions,
 *       incremental edits in UTF-16 units (out-of-range positions clamped and logged); each
 *       version's {@code Analysis} is computed once, when first needed.</li>
 *   <li>{@code LiveDiagnostics}: publishing on open and on change, as soon as the worker is
 *       free (keystrokes that queue up behind a running analysis coalesce), tagged with the version; work for a version that is no longer the latest is
 *       dropped, so nothing older is ever published after something newer.</li>
 *   <li>{@code LspTypes}: the one converter between core's records and LSP4J's types, including
 *       the fixes carried in {@code Diagnostic.data}; {@code QuickFixes} turns them back into code
 *       actions without re-running checks.</li>
 *   <li>{@code nianbao/render} ({@link nianbao.server.NianbaoServer}): the current text as the
 *       HTML page or the JSON document, for the VS Code preview.</li>
 * </ul>
 */
@NullMarked
package nianbao.server;

import org.jspecify.annotations.NullMarked;
