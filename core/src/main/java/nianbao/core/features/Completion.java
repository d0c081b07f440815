package nianbao.core.features;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.Analysis;
import nianbao.core.model.Report;
import nianbao.core.model.ReportBinder;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateResolver;
import nianbao.core.text.Names;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.ReportSyntaxParser;
import nianbao.syntax.SourceText;

/**
 * Completion of names. {@link CompletionCaret} says what the caret's line is; one provider per
 * kind makes the candidates:
 * <ul>
 *   <li>a row of a table (caret in the label): {@link RowCompletion}, the rows and groups of rows
 *       not yet written;</li>
 *   <li>a table head after {@code ]}: {@link ColumnCompletion}, the columns not yet named;</li>
 *   <li>a heading {@code #}: {@link SectionCompletion}, the sections not yet present;</li>
 *   <li>a table head before {@code ]}, or an empty line in a section: {@link TableCompletion};</li>
 *   <li>the header: {@link HeaderCompletion}, the fields, and after {@code 模板：} the templates;</li>
 *   <li>an empty document: a whole report for each template.</li>
 * </ul>
 */
public final class Completion {

    private Completion() {
    }

    /** Completion with the built-in templates. */
    public static List<CompletionItem> at(Analysis analysis, Position caret) {
        return at(analysis, caret, TemplateResolver.builtIn());
    }

    /** @param templates names the templates offered after {@code 模板：} */
    public static List<CompletionItem> at(Analysis analysis, Position caret, TemplateResolver templates) {
        ReportSyntax syntax = analysis.syntax();
        SourceText source = syntax.source();
        if (source.text().isBlank()) {
            return reportSnippets(source, templates);
        }
        if (caret.line() < 0 || caret.line() >= source.lineCount()) {
            return List.of();
        }
        String line = source.line(caret.line());
        if (line.isBlank() && caret.line() > 0 && Locations.tableAt(syntax, caret.line() - 1) != null) {
            // A line just opened after a table row: its blank line ends the table for the parser, and
            // the rows below it turn into prose. Read the text as the clerk means it: a row there.
            String patched = withPlaceholder(source, caret.line());
            ReportSyntax patchedSyntax = ReportSyntaxParser.parse(patched);
            Report patchedReport = ReportBinder.bind(patchedSyntax, templates).report();
            return items(CompletionCaret.of(patchedReport, patchedSyntax, line, caret, templates));
        }
        return items(CompletionCaret.of(analysis.report(), syntax, line, caret, templates));
    }

    private static List<CompletionItem> items(CompletionCaret c) {
        return switch (c.kind()) {
            case NOTHING -> List.of();
            case HEADING -> SectionCompletion.items(c);
            case TABLE_NAME -> TableCompletion.names(c);
            case COLUMN -> ColumnCompletion.items(c);
            case HEADER -> HeaderCompletion.items(c);
            case ROW -> RowCompletion.items(c);
            case TABLE_SNIPPET -> TableCompletion.snippets(c);
        };
    }

    /** Marks an empty line with a character no name holds, so that the parser sees a row there. */
    private static String withPlaceholder(SourceText source, int line) {
        int at = source.lineEnd(line);
        return source.text().substring(0, at) + PLACEHOLDER + source.text().substring(at);
    }

    private static final char PLACEHOLDER = '\uE000';

    /** In an empty document: a whole report for each template. */
    private static List<CompletionItem> reportSnippets(SourceText source, TemplateResolver templates) {
        Range all = new Range(new Position(0, 0), source.position(source.text().length()));
        List<CompletionItem> out = new ArrayList<>();
        List<String> names = templates.knownNames();
        for (int i = 0; i < names.size(); i++) {
            TemplateResolver.Resolution r = templates.resolve(names.get(i));
            if (r == null) {
                continue;
            }
            Template t = r.template();
            out.add(new CompletionItem("整篇年度报告（" + t.id() + "）", t.name(), Snippets.report(t),
                    filterText("", List.of(t.id(), "年度报告", "年报", "模板")), CompletionItem.Kind.SNIPPET,
                    sortText(i), true, all));
        }
        return out;
    }

    /** The names of a thing, their forms without ordinals, and their pinyin; each after a prefix. */
    static String filterText(String prefix, List<String> names) {
        Set<String> words = new LinkedHashSet<>();
        for (String n : names) {
            words.add(n.replaceAll("\\s+", ""));
            words.add(Names.normalize(n));
        }
        for (String n : names) {
            words.addAll(Pinyin.spellings(Names.normalize(n)));
        }
        words.remove("");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(prefix).append(w);
        }
        return sb.toString();
    }

    static String sortText(int i) {
        return String.format("%05d", i);
    }
}
