package nianbao.core.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.Analysis;
import nianbao.core.model.ColumnSlot;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.Report;
import nianbao.core.model.ReportBinder;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.skeleton.Skeleton;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.ColumnGroup;
import nianbao.core.template.FieldDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateResolver;
import nianbao.core.text.Names;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.ReportSyntaxParser;
import nianbao.syntax.SourceText;

/**
 * Completion of names, chosen by what the caret's line is:
 * <ul>
 *   <li>a row of a table (caret in the label): the rows of that table not yet written, in
 *       template order, labelled officially, inserting the short name;</li>
 *   <li>a table head after {@code ]}: the columns not yet named;</li>
 *   <li>a heading {@code #}: the sections not yet present;</li>
 *   <li>a table head before {@code ]}: the tables of the section, and each whole table as a snippet;</li>
 *   <li>an empty line in a section: each table not yet written, as a snippet;</li>
 *   <li>the header: the fields not yet written, and after {@code 模板：} the template names;</li>
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
            return new Context(patchedReport, patchedSyntax, line, caret, templates).items();
        }
        return new Context(analysis.report(), syntax, line, caret, templates).items();
    }

    /** Marks an empty line with a character no name holds, so that the parser sees a row there. */
    private static String withPlaceholder(SourceText source, int line) {
        int at = source.lineEnd(line);
        return source.text().substring(0, at) + PLACEHOLDER + source.text().substring(at);
    }

    private static final char PLACEHOLDER = '\uE000';

    /** The longest word, in characters, still taken for a table name being typed rather than prose. */
    private static final int SHORT_WORD = 12;

    /** What the caret's line says, and the candidates it calls for. */
    private static final class Context {
        private final Report report;
        private final ReportSyntax syntax;
        private final TemplateResolver templates;
        private final int line;
        private final String text;
        private final int caret;
        private final int indent;
        private final String typed;

        /** @param text the caret's line as the document has it (the syntax may be read with a placeholder) */
        Context(Report report, ReportSyntax syntax, String text, Position position, TemplateResolver templates) {
            this.report = report;
            this.syntax = syntax;
            this.templates = templates;
            this.line = position.line();
            this.text = text;
            this.caret = Math.max(0, Math.min(position.character(), text.length()));
            this.indent = Locations.indent(text);
            this.typed = caret <= indent ? "" : text.substring(indent, caret);
        }

        List<CompletionItem> items() {
            if (typed.startsWith("//")) {
                return List.of();
            }
            if (typed.startsWith("#")) {
                return headings();
            }
            if (typed.startsWith("[") || typed.startsWith("【")) {
                return typed.contains("]") || typed.contains("】") ? columns() : tables();
            }
            int firstHeading = syntax.sections().isEmpty() ? Integer.MAX_VALUE
                    : syntax.sections().get(0).headingRange().start().line();
            if (line < firstHeading) {
                return header();
            }
            ReportSyntax.Table table = tableOfLine();
            if (table != null) {
                return hasSpace(typed) ? List.of() : rows(table);
            }
            // On an empty line, or one short word (the start of a table name, not a paragraph being
            // written), offer the tables not yet written.
            String content = text.strip();
            if (content.isEmpty() || !hasSpace(content) && content.codePointCount(0, content.length()) <= SHORT_WORD) {
                return tableSnippets(range(indent, Locations.contentEnd(text)), "");
            }
            return List.of();
        }

        /** The table the line belongs to: a row or head of one, or an empty line right after one. */
        private ReportSyntax.Table tableOfLine() {
            ReportSyntax.Table t = Locations.tableAt(syntax, line);
            if (t != null) {
                return t;
            }
            if (text.isBlank() && line > 0) {
                t = Locations.tableAt(syntax, line - 1);
                if (t != null && t.range().end().line() == line - 1) {
                    return t;
                }
            }
            return null;
        }

        // ------------------------------------------------------------------ rows

        private List<CompletionItem> rows(ReportSyntax.Table table) {
            ReportTable bound = Locations.bound(report, table);
            if (bound == null || bound.def() == null) {
                return List.of();
            }
            Set<RowDef> written = new HashSet<>();
            for (ReportRow r : bound.rows()) {
                if (r.def() != null && r.syntax().range().start().line() != line) {
                    written.add(r.def());
                }
            }
            int labelEnd = indent;
            while (labelEnd < text.length() && !Locations.isSpace(text.charAt(labelEnd))) {
                labelEnd++;
            }
            Range range = range(indent, labelEnd);
            List<CompletionItem> out = new ArrayList<>();
            List<RowDef> rows = bound.def().valueRows();
            for (int i = 0; i < rows.size(); i++) {
                RowDef r = rows.get(i);
                if (written.contains(r)) {
                    continue;
                }
                String detail = r.parent() != null ? r.parent().label() : bound.def().label();
                out.add(new CompletionItem(r.label(), detail, Skeleton.preferredName(r), filterText("", r.names()),
                        CompletionItem.Kind.ROW, sortText(i), false, range));
            }
            boolean restWritten = bound.rows().stream()
                    .anyMatch(r -> r.rest() && r.syntax().range().start().line() != line);
            if (!out.isEmpty() && !restWritten) {
                // The language's own line for "every row not written is 0" (not a template name).
                String rest = ReportBinder.REST_LABEL + " 0";
                out.add(new CompletionItem(rest, "未写出的行各项都为 0", rest, filterText("", List.of(rest)),
                        CompletionItem.Kind.ROW, sortText(rows.size()), false, range));
            }
            return out;
        }

        // --------------------------------------------------------------- columns

        private List<CompletionItem> columns() {
            ReportSyntax.Table table = Locations.tableAt(syntax, line);
            if (table == null || table.headRange().start().line() != line) {
                return List.of();
            }
            ReportTable bound = Locations.bound(report, table);
            if (bound == null || bound.def() == null) {
                return List.of();
            }
            int start = caret;
            while (start > indent && !Locations.isSpace(text.charAt(start - 1)) && text.charAt(start - 1) != ']'
                    && text.charAt(start - 1) != '】') {
                start--;
            }
            int end = caret;
            while (end < text.length() && !Locations.isSpace(text.charAt(end))) {
                end++;
            }
            Set<ColumnDef> written = new HashSet<>();
            for (ColumnSlot slot : bound.columns()) {
                if (slot.written() != null && slot.def() != null
                        && slot.written().range().start().character() != start) {
                    written.add(slot.def());
                }
            }
            Range range = range(start, end);
            List<CompletionItem> out = new ArrayList<>();
            List<ColumnDef> columns = bound.def().columns();
            for (int i = 0; i < columns.size(); i++) {
                ColumnDef c = columns.get(i);
                if (!written.contains(c)) {
                    out.add(new CompletionItem(c.label(), columnDetail(c), c.label(), filterText("", c.names()),
                            CompletionItem.Kind.COLUMN, sortText(i), false, range));
                }
            }
            return out;
        }

        private static String columnDetail(ColumnDef c) {
            List<String> parts = new ArrayList<>();
            for (ColumnGroup g : c.groups()) {
                parts.add(g.label());
            }
            if (!c.unit().isEmpty()) {
                parts.add("单位：" + c.unit());
            }
            return String.join(" · ", parts);
        }

        // -------------------------------------------------------------- sections

        private List<CompletionItem> headings() {
            int marks = indent;
            while (marks < text.length() && text.charAt(marks) == '#') {
                marks++;
            }
            if (marks - indent != 1) {
                return List.of();
            }
            int start = marks;
            while (start < text.length() && Locations.isSpace(text.charAt(start))) {
                start++;
            }
            String space = start == marks ? " " : "";
            Set<SectionDef> present = new HashSet<>();
            for (ReportSection s : report.sections()) {
                if (s.def() != null && s.syntax().headingRange().start().line() != line) {
                    present.add(s.def());
                }
            }
            Range range = range(start, Math.max(start, Locations.contentEnd(text)));
            List<CompletionItem> out = new ArrayList<>();
            List<SectionDef> sections = report.template().sections();
            for (int i = 0; i < sections.size(); i++) {
                SectionDef s = sections.get(i);
                if (!present.contains(s)) {
                    out.add(new CompletionItem(s.label(), s.proseOnly() ? "正文" : s.tables().size() + " 张表",
                            space + s.label(), filterText("", s.names()), CompletionItem.Kind.SECTION, sortText(i),
                            false, range));
                    if (!s.tables().isEmpty() && text.substring(caret).isBlank()) {
                        // The heading and every table of the section; the '#' is typed already.
                        String snippet = Snippets.section(s).substring(1).stripLeading();
                        out.add(new CompletionItem(s.label() + " 及全部表格", s.tables().size() + " 张表，各项为 0",
                                space + snippet, filterText("", s.names()), CompletionItem.Kind.SNIPPET,
                                sortText(1000 + i), true, range));
                    }
                }
            }
            return out;
        }

        // ---------------------------------------------------------------- tables

        /** Inside {@code [}: the tables of the section by name, then each as a whole-table snippet. */
        private List<CompletionItem> tables() {
            int start = indent + 1;
            while (start < text.length() && Locations.isSpace(text.charAt(start))) {
                start++;
            }
            int close = -1;
            for (int i = start; i < text.length(); i++) {
                if (text.charAt(i) == ']' || text.charAt(i) == '】') {
                    close = i;
                    break;
                }
            }
            Range range = range(start, close >= 0 ? close : Locations.contentEnd(text));
            List<CompletionItem> out = new ArrayList<>();
            List<TableDef> candidates = tablesNotWritten();
            for (int i = 0; i < candidates.size(); i++) {
                TableDef t = candidates.get(i);
                out.add(new CompletionItem(t.label(), t.section().label(), t.label() + (close >= 0 ? "" : "]"),
                        filterText("", t.names()), CompletionItem.Kind.TABLE, sortText(i), false, range));
            }
            boolean restOfLineEmpty = close < 0 && text.substring(caret).isBlank();
            if (restOfLineEmpty) {
                out.addAll(tableSnippets(range(indent, Locations.contentEnd(text)), "["));
            }
            return out;
        }

        /** Each table of the caret's section not yet written, as a whole table with zeros. */
        private List<CompletionItem> tableSnippets(Range range, String filterPrefix) {
            List<CompletionItem> out = new ArrayList<>();
            List<TableDef> candidates = tablesNotWritten();
            for (int i = 0; i < candidates.size(); i++) {
                TableDef t = candidates.get(i);
                out.add(new CompletionItem("[" + t.label() + "] 整表", t.valueRows().size() + " 行，各项为 0",
                        Snippets.table(t), filterText(filterPrefix, t.names()), CompletionItem.Kind.SNIPPET,
                        sortText(1000 + i), true, range));
            }
            return out;
        }

        /** The tables of the caret's section (of the whole template outside a known one), not yet written. */
        private List<TableDef> tablesNotWritten() {
            ReportSyntax.Section section = Locations.sectionAt(syntax, line);
            ReportSection bound = section == null ? null : Locations.bound(report, section);
            List<TableDef> all = bound != null && bound.def() != null ? bound.def().tables()
                    : report.template().tables();
            Set<TableDef> written = new HashSet<>();
            for (ReportTable t : report.tables()) {
                if (t.def() != null && t.syntax().headRange().start().line() != line) {
                    written.add(t.def());
                }
            }
            return all.stream().filter(t -> !written.contains(t)).toList();
        }

        // ---------------------------------------------------------------- header

        private List<CompletionItem> header() {
            int colon = -1;
            for (int i = indent; i < caret; i++) {
                if (text.charAt(i) == ':' || text.charAt(i) == '：') {
                    colon = i;
                    break;
                }
            }
            if (colon >= 0) {
                String key = Names.normalize(text.substring(indent, colon));
                if (!key.equals(ReportBinder.TEMPLATE_FIELD)) {
                    return List.of();
                }
                int start = colon + 1;
                while (start < text.length() && Locations.isSpace(text.charAt(start))) {
                    start++;
                }
                return templateNames(range(Math.min(start, caret), Math.max(caret, Locations.contentEnd(text))));
            }
            if (hasSpace(typed)) {
                return List.of();
            }
            Set<FieldDef> written = new HashSet<>();
            for (HeaderEntry h : report.header()) {
                if (h.def() != null && h.range().start().line() != line) {
                    written.add(h.def());
                }
            }
            Range range = range(indent, Math.max(caret, Locations.contentEnd(text)));
            List<CompletionItem> out = new ArrayList<>();
            List<FieldDef> fields = report.template().fields();
            for (int i = 0; i < fields.size(); i++) {
                FieldDef f = fields.get(i);
                if (!written.contains(f)) {
                    out.add(new CompletionItem(f.id() + "：", f.description().isEmpty() ? (f.required() ? "必填" : "")
                            : f.description(), f.id() + "：", filterText("", f.names()), CompletionItem.Kind.FIELD,
                            sortText(i), false, range));
                }
            }
            return out;
        }

        private List<CompletionItem> templateNames(Range range) {
            List<CompletionItem> out = new ArrayList<>();
            List<String> names = templates.knownNames();
            for (int i = 0; i < names.size(); i++) {
                String id = names.get(i);
                TemplateResolver.Resolution r = templates.resolve(id);
                String detail = r == null ? "" : r.template().name();
                out.add(new CompletionItem(id, detail, id, id, CompletionItem.Kind.TEMPLATE, sortText(i), false, range));
            }
            return out;
        }

        /** A range on the caret's line, widened to hold the caret: editors drop items whose range does not. */
        private Range range(int startChar, int endChar) {
            int start = Math.min(startChar, caret);
            return Range.of(line, start, line, Math.max(Math.max(endChar, caret), start));
        }
    }

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

    private static String sortText(int i) {
        return String.format("%05d", i);
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Locations.isSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
