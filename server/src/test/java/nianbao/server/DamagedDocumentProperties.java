package nianbao.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;

/**
 * Every request the server offers, on a damaged report, at random positions, over a real LSP4J
 * connection: each is answered (no error response), and every range in an answer lies inside
 * the document. One server serves every case.
 */
class DamagedDocumentProperties {

    private static LspSession session;
    private static final AtomicInteger CASES = new AtomicInteger();

    private static final List<String> PIECES = List.of("", "7", "-1", "1.5", "１２", "1,234", "一二", "-", " ", "\t", "\u3000",
            "\n", "\r\n", "\r", "𠀾", "😀", "本年新收  1  2", "# ", "## （一）", "[申请处理]", "【", "]", "// 忽略 balance.*：x",
            "// 忽略", "其余 0", "\u0000", "\u001b", "\uFEFF", "\u2028", "模板：", "模板：../x.nbt", "：", "总计", "<script>",
            "  ", "    ", "继承 national-2021\n", "继承 self.nbt\n", "行 x 新行\n", "列 y 新列 单位=件\n", "规则 r 每列：total = total\n",
            "说法 new@total …{数}件\n", "别名 ", "表 ", "章节 ");

    @BeforeContainer
    static void start() {
        session = LspSession.start();
    }

    @AfterContainer
    static void stop() throws Exception {
        session.close();
    }

    record Damage(double at, int length, String insert) {
    }

    @Provide
    Arbitrary<List<Damage>> damage() {
        Arbitrary<String> insert = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 60), insert)
                .as(Damage::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Double>> positions() {
        return Arbitraries.doubles().between(0, 1).list().ofSize(3);
    }

    /** The county template of the examples, which extends the built-in national-2021. */
    private static final String TEMPLATE = read(java.nio.file.Path.of("examples", "qingshan-county.nbt"));

    private static String read(java.nio.file.Path p) {
        try {
            return java.nio.file.Files.readString(p, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String damaged(String text, List<Damage> damage) {
        for (Damage d : damage) {
            int start = IncrementalSyncProperties.boundary(text, (int) Math.floor(d.at() * text.length()));
            int end = Math.max(start, IncrementalSyncProperties.boundary(text, Math.min(text.length(), start + d.length())));
            text = text.substring(0, start) + d.insert() + text.substring(end);
        }
        // Editors hold a file's text without its BOM; positions count from after it.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    @Property
    void everyRequestIsAnsweredInsideTheDocument(@ForAll("damage") List<Damage> damage,
            @ForAll("positions") List<Double> positions) throws Exception {
        String text = damaged(Example.text(), damage);
        answeredInside("file:///work/robust/damaged-" + CASES.incrementAndGet() + ".nianbao", text, positions);
    }

    /** A template file open in the editor is a document like a report. */
    @Property
    void everyRequestOnATemplateIsAnsweredInsideIt(@ForAll("damage") List<Damage> damage,
            @ForAll("positions") List<Double> positions) throws Exception {
        String text = damaged(TEMPLATE, damage);
        answeredInside("file:///work/robust/damaged-" + CASES.incrementAndGet() + ".nbt", text, positions);
    }

    private static void answeredInside(String uri, String text, List<Double> positions) throws Exception {
        session.open(uri, 1, text);
        List<Diagnostic> diagnostics = session.client.diagnostics(uri, 1).getDiagnostics();
        List<String> lines = lines(text);
        diagnostics.forEach(d -> assertInside(lines, d.getRange(), "diagnostic " + d.getCode()));

        var docs = session.server.getTextDocumentService();
        TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
        for (double at : positions) {
            Position p = IncrementalSyncProperties.position(text,
                    IncrementalSyncProperties.boundary(text, (int) Math.floor(at * text.length())));
            var hover = get(docs.hover(new HoverParams(id, p)));
            if (hover != null && hover.getRange() != null) {
                assertInside(lines, hover.getRange(), "hover");
            }
            var completion = get(docs.completion(new CompletionParams(id, p)));
            if (completion != null) {
                for (var item : completion.isLeft() ? completion.getLeft() : completion.getRight().getItems()) {
                    if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
                        assertInside(lines, item.getTextEdit().getLeft().getRange(), "completion " + item.getLabel());
                    }
                }
            }
            get(docs.definition(new DefinitionParams(id, p)));
            Range around = new Range(new Position(Math.max(0, p.getLine() - 3), 0), p);
            edits(lines, get(docs.rangeFormatting(new DocumentRangeFormattingParams(id, new FormattingOptions(2, true), around))));
            get(docs.codeAction(new CodeActionParams(id, around, new CodeActionContext(diagnostics))));
            get(docs.inlayHint(new InlayHintParams(id, around)));
        }
        get(docs.documentSymbol(new DocumentSymbolParams(id))).forEach(s -> {
            if (s.isRight()) {
                assertInside(lines, s.getRight().getRange(), "symbol " + s.getRight().getName());
            }
        });
        get(docs.foldingRange(new FoldingRangeRequestParams(id))).forEach(f ->
                assertTrue(f.getStartLine() <= f.getEndLine() && f.getEndLine() < lines.size(), "folding " + f));
        get(docs.semanticTokensFull(new SemanticTokensParams(id)));
        String formatted = Edits.apply(text, edits(lines, get(docs.formatting(new DocumentFormattingParams(id, new FormattingOptions(2, true))))));
        assertEquals(withoutSpacing(text), withoutSpacing(formatted), "formatting changed more than spacing");
        session.close(uri);
    }

    private static <T> T get(java.util.concurrent.CompletableFuture<T> answer) throws Exception {
        return answer.get(30, TimeUnit.SECONDS);
    }

    private static List<? extends TextEdit> edits(List<String> lines, List<? extends TextEdit> edits) {
        List<? extends TextEdit> out = edits == null ? List.of() : edits;
        out.forEach(e -> assertInside(lines, e.getRange(), "formatting edit"));
        return out;
    }

    /** Lines as LSP counts them: split at LF, CRLF and CR. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private static void assertInside(List<String> lines, Range r, String what) {
        for (Position p : List.of(r.getStart(), r.getEnd())) {
            assertTrue(p.getLine() >= 0 && p.getLine() < lines.size()
                    && p.getCharacter() >= 0 && p.getCharacter() <= lines.get(p.getLine()).length(), () -> what + " at " + r);
        }
        assertTrue(r.getStart().getLine() < r.getEnd().getLine()
                || (r.getStart().getLine() == r.getEnd().getLine() && r.getStart().getCharacter() <= r.getEnd().getCharacter()),
                () -> what + " ends before it starts: " + r);
    }

    private static String withoutSpacing(String text) {
        return text.replaceAll("[ \\t\\u3000\\u00A0\\uFEFF]", "");
    }
}
