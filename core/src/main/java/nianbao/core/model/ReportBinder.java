package nianbao.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.FieldDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateResolver;
import nianbao.core.text.NameIndex;
import nianbao.core.text.Names;
import nianbao.core.text.Nfkc;
import nianbao.syntax.ReportSyntax;
import nianbao.syntax.Word;
import org.jspecify.annotations.Nullable;

/**
 * Binds a report's syntax tree to its template: every heading, table name, column name and row
 * label is looked up; every cell is read. Nothing is reported here: what does not bind is kept
 * (with a null definition) for the checks to report.
 */
public final class ReportBinder {

    /** The numerals of a section heading's ordinal ({@link #spacedOrdinal}). */
    private static final String NUMERALS = "一二三四五六七八九十";

    /** The header field that names the template; the one field known before a template is. */
    public static final String TEMPLATE_FIELD = "模板";

    /** The label of the line that fills every row not written: {@code 其余 0}. */
    public static final String REST_LABEL = "其余";

    /**
     * {@code 其余为0} and the like, in a class of its own: compiled only for a label that starts with
     * 其余 (compiling it cost every check about a millisecond, BENCHMARKS.md).
     */
    private static final class RestShort {
        static final Pattern PATTERN = Pattern.compile("其余(?:各行)?(?:均|全|都)?(?:为|是)?(0|零)");
    }


    private ReportBinder() {
    }

    /** The outcome of binding, with the problems of the template it used. */
    public record Bound(Report report, TemplateResolver.@Nullable Resolution resolution, @Nullable Word templateReference) {
    }

    public static Bound bind(ReportSyntax syntax, TemplateResolver resolver) {
        // The template first: the header says which one, and which year.
        Word templateRef = null;
        for (ReportSyntax.HeaderField f : syntax.header()) {
            if (Names.normalize(f.key().text()).equals(TEMPLATE_FIELD)) {
                templateRef = f.value();
            }
        }
        TemplateResolver.Resolution resolution = templateRef == null || templateRef.text().isEmpty()
                ? null : resolver.resolve(templateRef.text());
        Template template = resolution != null ? resolution.template() : null;
        Integer year = null;
        List<HeaderEntry> header = new ArrayList<>();
        Template forFields = template != null ? template : resolver.defaultFor(null);
        for (ReportSyntax.HeaderField f : syntax.header()) {
            FieldDef def = forFields.field(Names.normalize(f.key().text()));
            header.add(new HeaderEntry(f.key(), f.value(), def, f.range()));
            if (def != null && def.kind() == FieldDef.Kind.YEAR) {
                year = parseYear(f.value().text());
            }
        }
        boolean stated = template != null;
        if (template == null) {
            template = resolver.defaultFor(year);
        }

        List<Content> preamble = new ArrayList<>();
        for (ReportSyntax.Block b : syntax.preamble()) {
            preamble.add(content(b, null, template));
        }
        List<ReportSection> sections = new ArrayList<>();
        for (ReportSyntax.Section s : syntax.sections()) {
            NameIndex.Lookup<SectionDef> lookup = template.sectionIndex().lookup(spacedOrdinal(s.heading().text()));
            SectionDef def = lookup instanceof NameIndex.Found<SectionDef> f ? f.thing() : null;
            List<Content> content = new ArrayList<>();
            for (ReportSyntax.Block b : s.blocks()) {
                content.add(content(b, def, template));
            }
            sections.add(new ReportSection(s, def, lookup, List.copyOf(content)));
        }
        String refusal = !stated && templateRef != null && !templateRef.text().isEmpty()
                ? resolver.whyNot(templateRef.text()) : null;
        Report report = new Report(syntax, template, stated, List.copyOf(header), year, List.copyOf(preamble),
                List.copyOf(sections), refusal);
        return new Bound(report, resolution, templateRef);
    }

    public static @Nullable Integer parseYear(String text) {
        String folded = Nfkc.normalize(text).strip();
        // 2022, 2022年 and 2022年度 all name the year.
        if (folded.endsWith("年度")) {
            folded = folded.substring(0, folded.length() - 2).strip();
        } else if (folded.endsWith("年")) {
            folded = folded.substring(0, folded.length() - 1).strip();
        }
        if (folded.length() != 4) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            if (folded.charAt(i) < '0' || folded.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(folded);
    }

    /** （一）… or (一)…: a numbered sub-heading written as a prose line. */
    static boolean isSubheading(String text) {
        if (text.isEmpty() || (text.charAt(0) != '（' && text.charAt(0) != '(')) {
            return false;
        }
        int i = 1;
        while (i < text.length() && NUMERALS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i > 1 && i < text.length() && (text.charAt(i) == '）' || text.charAt(i) == ')') && oneLine(text, i + 1);
    }

    /** 1、… or 1.… (Arabic numerals of either width): a numbered point. */
    static boolean isPoint(String text) {
        int i = 0;
        while (i < text.length() && ((text.charAt(i) >= '0' && text.charAt(i) <= '9') || (text.charAt(i) >= '０' && text.charAt(i) <= '９'))) {
            i++;
        }
        return i > 0 && i < text.length() && "、.．".indexOf(text.charAt(i)) >= 0 && oneLine(text, i + 1);
    }

    /** No line separator from {@code from} on (where {@code .*} stops). */
    private static boolean oneLine(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if ("\n\r\u0085\u2028\u2029".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static Content content(ReportSyntax.Block b, @Nullable SectionDef section, Template template) {
        if (b instanceof ReportSyntax.Table t) {
            return table(t, section, template);
        }
        if (b instanceof ReportSyntax.SubHeading h) {
            return new Prose(Prose.Kind.SUBHEADING, h.level() - 1, Names.ordinalPrefix(h.text().text()), h.text(), h.range());
        }
        ReportSyntax.ProseLine p = (ReportSyntax.ProseLine) b;
        String text = p.text().text();
        if (isSubheading(text) && !text.contains("。")) {
            return new Prose(Prose.Kind.SUBHEADING, 1, Names.ordinalPrefix(text), p.text(), p.range());
        }
        if (isPoint(text)) {
            return new Prose(Prose.Kind.POINT, 0, Names.ordinalPrefix(text), p.text(), p.range());
        }
        return new Prose(Prose.Kind.PARAGRAPH, 0, "", p.text(), p.range());
    }

    /**
     * A column by the name written in a table head. A name followed by its unit in brackets, as
     * printed tables head their columns ({@code 本年收费金额（单位：万元）}), is the column when the
     * brackets name the column's own unit; another unit leaves the name unknown.
     */
    private static NameIndex.Lookup<ColumnDef> column(TableDef def, String written) {
        NameIndex.Lookup<ColumnDef> found = def.columnIndex().lookup(written);
        String bare = Names.withoutExplanation(written);
        if (found instanceof NameIndex.Found || bare == null) {
            return found;
        }
        NameIndex.Lookup<ColumnDef> byBare = def.columnIndex().lookup(bare);
        String brackets = Names.normalize(written).substring(bare.length());
        String unit = byBare instanceof NameIndex.Found<ColumnDef> f ? f.thing().unit() : null;
        if (unit != null && !unit.isEmpty() && brackets.contains(Names.normalize(unit))) {
            return byBare;
        }
        return found;
    }

    /**
     * A row by its label. A sub-row may be named after its heading row with its own name in
     * brackets, as real tables head them ({@code 行政诉讼（未经复议直接起诉）}): read as the heading
     * then the row, when the label as written is no row.
     */
    /** A name as a form gives it, with a colon after it ({@code 本年新收：}, {@code [第二十条第（五）项：]}): the name. */
    static String withoutColon(String written) {
        return written.endsWith("：") || written.endsWith(":") ? written.substring(0, written.length() - 1) : written;
    }

    private static NameIndex.Lookup<RowDef> row(TableDef def, String written) {
        String label = withoutColon(written);
        NameIndex.Lookup<RowDef> found = def.rowIndex().lookup(label);
        String bare = Names.withoutExplanation(label);
        if (found instanceof NameIndex.Found || bare == null) {
            return found;
        }
        String brackets = Names.normalize(label).substring(bare.length()).strip();
        if (brackets.length() < 3 || brackets.charAt(0) != '(' || brackets.charAt(brackets.length() - 1) != ')') {
            return found;
        }
        NameIndex.Lookup<RowDef> qualified = def.rowIndex().lookup(bare + brackets.substring(1, brackets.length() - 1));
        return qualified instanceof NameIndex.Found ? qualified : found;
    }

    private static ReportTable table(ReportSyntax.Table t, @Nullable SectionDef section, Template template) {
        Word name = t.name();
        NameIndex.Lookup<TableDef> lookup = name == null ? new NameIndex.Unknown<>(null) : null;
        if (name != null && section != null) {
            lookup = section.tableIndex().lookup(withoutColon(name.text()));
        }
        if (lookup == null || !(lookup instanceof NameIndex.Found)) {
            // Not a table of this section: look in the whole template (the misplaced check reports it).
            NameIndex.Lookup<TableDef> anywhere = t.name() == null ? lookup : template.tableIndex().lookup(withoutColon(t.name().text()));
            if (anywhere instanceof NameIndex.Found || lookup == null) {
                lookup = anywhere;
            }
        }
        TableDef def = lookup instanceof NameIndex.Found<TableDef> f ? f.thing() : null;

        List<ColumnSlot> columns = new ArrayList<>();
        if (!t.columns().isEmpty()) {
            for (Word w : t.columns()) {
                NameIndex.Lookup<ColumnDef> cl = def == null ? new NameIndex.Unknown<>(null) : column(def, w.text());
                columns.add(new ColumnSlot(w, cl instanceof NameIndex.Found<ColumnDef> f ? f.thing() : null, cl));
            }
        } else if (def != null) {
            for (ColumnDef c : def.columns()) {
                columns.add(new ColumnSlot(null, c, new NameIndex.Found<>(c)));
            }
        }

        List<ReportRow> rows = new ArrayList<>();
        // the header rows of a table pasted whole are no rows: the template gives its columns
        int header = def == null ? 0 : HeaderRows.count(t, def);
        for (ReportSyntax.Row r : t.rows().subList(header, t.rows().size())) {
            String label = r.label().text();
            String normalized = Names.normalize(label);
            boolean rest = normalized.equals(REST_LABEL);
            List<Cell> cells = new ArrayList<>();
            List<Word> written = r.cells();
            if (!rest && normalized.startsWith(REST_LABEL) && RestShort.PATTERN.matcher(normalized).matches()
                    && withoutPadding(written, 0).isEmpty()) {
                // 其余为0: the value is part of the label.
                rest = true;
                written = List.of();
                cells.add(new Cell(r.label(), null, new CellValue(CellValue.Kind.NUMBER, java.math.BigDecimal.ZERO, false)));
            }
            NameIndex.Lookup<RowDef> rl = rest || def == null ? new NameIndex.Unknown<>(null) : row(def, label);
            RowDef rowDef = rl instanceof NameIndex.Found<RowDef> f ? f.thing() : null;
            NameIndex.Lookup<RowDef> sub = rowDef == null || def == null ? null : subRowNamedAfter(def, rowDef, label, written);
            if (sub instanceof NameIndex.Found<RowDef> f) {
                // 行政诉讼 未经复议直接起诉 0 0 0 0 0: the row is named after its heading row
                rl = sub;
                rowDef = f.thing();
                written = written.subList(1, written.size());
            }
            written = withoutPadding(written, rest ? 1 : rowDef != null && rowDef.heading() ? 0 : columns.size());
            // A row of values with too few or too many numbers: which number belongs to which
            // column cannot be told, so none is placed in a column (row.ragged reports the row;
            // the rules take its cells as unknown; the outputs show them blank, never shifted).
            boolean ragged = rowDef != null && !rowDef.heading() && written.size() != columns.size();
            for (int i = 0; i < written.size(); i++) {
                Word w = written.get(i);
                ColumnDef column = rest || ragged ? null : i < columns.size() ? columns.get(i).def() : null;
                cells.add(new Cell(w, column, CellValue.parse(w.text())));
            }
            if (rest) {
                rows.add(new ReportRow(r, null, null, List.copyOf(cells), true));
                continue;
            }
            rows.add(new ReportRow(r, rowDef, rl, List.copyOf(cells), false));
        }
        return new ReportTable(t, def, lookup, List.copyOf(columns), List.copyOf(rows));
    }

    /**
     * The row a heading row's label names together with the first cell after it, when that cell is
     * the name of a row under it ({@code 行政诉讼 未经复议直接起诉 0 0 0 0 0}, as the published table
     * spans 行政诉讼 over its two rows); null otherwise. A number never names a row.
     */
    private static NameIndex.@Nullable Lookup<RowDef> subRowNamedAfter(TableDef def, RowDef heading, String label,
            List<Word> cells) {
        if (!heading.heading() || cells.isEmpty() || CellValue.parse(cells.get(0).text()).kind() != CellValue.Kind.INVALID) {
            return null;
        }
        NameIndex.Lookup<RowDef> sub = row(def, label + cells.get(0).text());
        if (sub instanceof NameIndex.Found<RowDef> f) {
            for (RowDef p = f.thing().parent(); p != null; p = p.parent()) {
                if (p == heading) {
                    return sub;
                }
            }
        }
        return null;
    }

    /**
     * A heading whose ordinal is followed by a space instead of its mark ({@code 一 总体情况},
     * {@code 3 收到和处理政府信息公开申请情况}, as typed by hand) read as {@code 一、总体情况}; any
     * other heading as written. Without the space ({@code 一总体情况}) the numeral may be part of
     * the name, and the heading is read as written.
     */
    static String spacedOrdinal(String heading) {
        int i = 0;
        boolean chinese = i < heading.length() && NUMERALS.indexOf(heading.charAt(i)) >= 0;
        while (i < heading.length() && (chinese ? NUMERALS.indexOf(heading.charAt(i)) >= 0
                : heading.charAt(i) >= '0' && heading.charAt(i) <= '9')) {
            i++;
        }
        int name = i;
        while (name < heading.length() && (heading.charAt(name) == ' ' || heading.charAt(name) == '\u3000'
                || heading.charAt(name) == '\t')) {
            name++;
        }
        if (i == 0 || name == i || name == heading.length()) {
            return heading;
        }
        return heading.substring(0, i) + "、" + heading.substring(name);
    }

    /**
     * A row's cells without the empty cells a pasted grid pads it with ({@code | 行政许可 | 0 | | |},
     * as wide as its widest row): empty cells at the end beyond the {@code needed} ones. An empty
     * cell among the needed ones is a blank ({@code | 1 | | 3 |}); a row with too few cells, or
     * with more that are not empty, stays ragged.
     */
    static List<Word> withoutPadding(List<Word> cells, int needed) {
        int n = cells.size();
        while (n > needed && cells.get(n - 1).text().isEmpty()) {
            n--;
        }
        return n == cells.size() ? cells : cells.subList(0, n);
    }
}
