package nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.FieldDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.text.Names;
import nianbao.importer.ImportProblem.Severity;
import nianbao.importer.SourceDocument.Block;
import nianbao.importer.SourceDocument.Cell;
import nianbao.importer.SourceDocument.Line;
import nianbao.importer.SourceDocument.Table;

/**
 * Maps a read document onto one template: finds the section headings (by the template's names
 * and aliases, or by their ordinal when a report words them its own way), keeps the prose of
 * each section line by line, and hands each table, split at its title rows, to a
 * {@link TableMapper}. Everything it cannot place becomes an {@link ImportProblem}.
 */
final class ReportMapper {

    /** The mapping, what went wrong, and how well the template fitted (for format detection). */
    record Outcome(MappedReport report, List<ImportProblem> problems, boolean tableLost, int cells, int errors) {
    }

    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");
    private static final Pattern PERIOD = Pattern.compile("统计期限[^0-9]{0,8}((?:19|20)[0-9]{2})年");
    private static final int LONGEST_HEADING = 50;

    private final Template template;
    private final MappedReport report;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Line> preamble = new ArrayList<>();
    private final List<Line> allLines = new ArrayList<>();
    private MappedReport.Section current;
    private TableDef pendingTable;
    private boolean sourceTableLost;

    private ReportMapper(Template template) {
        this.template = template;
        this.report = new MappedReport(template);
    }

    static Outcome map(SourceDocument document, Template template) {
        ReportMapper mapper = new ReportMapper(template);
        for (Block block : document.blocks()) {
            if (block instanceof Line line) {
                mapper.line(line);
            } else if (block instanceof Table table) {
                mapper.table(table);
            }
        }
        return mapper.finish();
    }

    // ----------------------------------------------------------------- prose

    private void line(Line line) {
        String text = line.text().strip();
        if (text.isEmpty()) {
            return;
        }
        allLines.add(line);
        SectionDef section = heading(text, line.heading(), line.at());
        if (section != null) {
            startSection(section, text);
            return;
        }
        if (current == null) {
            preamble.add(line);
            return;
        }
        TableDef title = tableTitle(text);
        if (title != null) {
            pendingTable = title;
            return;
        }
        current.content.add(prose(text, line.at()));
    }

    /** The section a line is the heading of, or null when it is prose. */
    private SectionDef heading(String text, boolean styled, SourcePosition at) {
        if (text.contains("。") || text.codePointCount(0, text.length()) > LONGEST_HEADING) {
            return null;
        }
        int ordinal = Labels.sectionOrdinal(text);
        int after = current == null ? -1 : current.def.order();
        Labels.Match<SectionDef> match = Labels.find(template.sectionIndex(), text);
        if (match != null && !match.guessed()) {
            SectionDef s = match.thing();
            boolean numbered = ordinal == s.order() + 1;
            // Unnumbered, only the official label or a line the file styles as a heading (Word
            // numbers headings itself): （一）主动公开情况 inside 一 is not section 二.
            boolean unnumbered = ordinal == 0 && !text.startsWith("（") && !text.startsWith("(");
            boolean official = unnumbered && (styled || Labels.same(text, s.label()));
            return s.order() > after && (numbered || official) ? s : null;
        }
        if (ordinal - 1 <= after || ordinal - 1 >= template.sections().size()) {
            return null;
        }
        SectionDef s = template.sections().get(ordinal - 1);
        String written = Names.normalize(Labels.oneLine(text));
        boolean mentions = (match != null && match.thing() == s)
                || s.names().stream().map(n -> Names.normalize(n)).anyMatch(n -> n.length() >= 4 && written.contains(n));
        if (!mentions) {
            return null;
        }
        problems.add(new ImportProblem(Severity.WARNING, at, "标题「" + text + "」按「" + s.label() + "」导入"));
        return s;
    }

    private void startSection(SectionDef def, String heading) {
        MappedReport.Section existing = report.sections.get(def);
        if (existing != null) {
            existing.heading = heading;
            existing.headingMissing = false;
            current = existing;
        } else {
            current = new MappedReport.Section(def, heading, false);
            report.sections.put(def, current);
        }
        pendingTable = null;
    }

    /** A line naming a table of the template (第二十条第（一）项) introduces that table. */
    private TableDef tableTitle(String text) {
        if (current.def.tables().isEmpty() || text.contains("。") || text.length() > LONGEST_HEADING) {
            return null;
        }
        Labels.Match<TableDef> m = Labels.find(template.tableIndex(), text);
        return m != null && !m.guessed() ? m.thing() : null;
    }

    /** A prose line, with a first character the report language would read as markup made full-width. */
    private String prose(String text, SourcePosition at) {
        String safe = text;
        if (text.startsWith("#")) {
            safe = "＃" + text.substring(1);
        } else if (text.startsWith("[") || text.startsWith("【")) {
            safe = "［" + text.substring(1);
        } else if (text.startsWith("//")) {
            safe = "／" + text.substring(1);
        }
        if (!safe.equals(text)) {
            problems.add(new ImportProblem(Severity.WARNING, at,
                    "段落开头的「" + text.charAt(0) + "」会被读成标记，已改为全角「" + safe.charAt(0) + "」"));
        }
        return safe;
    }

    // ---------------------------------------------------------------- tables

    private void table(Table table) {
        List<Segment> segments = segments(table);
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            TableDef def = segment.def;
            if (def == null && i == 0 && pendingTable != null) {
                def = pendingTable;
            }
            if (def == null) {
                def = identify(segment.rows);
            }
            if (def == null) {
                lost(segment);
                continue;
            }
            MappedReport.Table target = report.tables.get(def);
            if (target == null) {
                target = new MappedReport.Table(def, segment.at);
                report.tables.put(def, target);
                sectionOf(def).content.add(def);
            }
            new TableMapper(def, target, problems).map(segment.rows);
        }
        pendingTable = null;
    }

    /** Rows of a source table under one template table; {@code def} is null when no title row named it. */
    private record Segment(TableDef def, List<List<Cell>> rows, SourcePosition at) {
    }

    /** Splits a source table at rows that only name a table (one Word table often holds all of section 二). */
    private List<Segment> segments(Table table) {
        List<Segment> out = new ArrayList<>();
        TableDef def = null;
        SourcePosition at = table.at();
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Cell> row : table.rows()) {
            List<Cell> filled = row.stream().filter(c -> !c.continued() && !c.isBlank()).toList();
            TableDef named = null;
            if (filled.size() == 1 && !CellText.isValue(filled.get(0).text())) {
                Labels.Match<TableDef> m = Labels.find(template.tableIndex(), filled.get(0).text());
                named = m != null && !m.guessed() ? m.thing() : null;
            }
            if (named != null) {
                if (!rows.isEmpty() || def != null) {
                    out.add(new Segment(def, rows, at));
                }
                def = named;
                at = filled.get(0).at();
                rows = new ArrayList<>();
            } else {
                rows.add(row);
            }
        }
        if (!rows.isEmpty() || def != null) {
            out.add(new Segment(def, rows, at));
        }
        return out;
    }

    /** The template table whose row and column names the rows use most; on a tie, one of the current section. */
    private TableDef identify(List<List<Cell>> rows) {
        List<TableDef> best = new ArrayList<>();
        int bestScore = 0;
        for (TableDef t : template.tables()) {
            int score = fit(rows, t);
            if (score > bestScore) {
                best.clear();
                bestScore = score;
            }
            if (score == bestScore && score > 0) {
                best.add(t);
            }
        }
        if (best.size() > 1 && current != null) {
            best.retainAll(current.def.tables());
        }
        return best.size() == 1 ? best.get(0) : null;
    }

    /** How many labels of the rows name rows (2 points) or columns (1 point) of a table. */
    private static int fit(List<List<Cell>> rows, TableDef t) {
        int score = 0;
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (c.continued() || c.isBlank() || CellText.isValue(c.text())) {
                    continue;
                }
                Labels.Match<RowDef> r = Labels.find(t.rowIndex(), c.text());
                Labels.Match<ColumnDef> col = Labels.find(t.columnIndex(), c.text());
                if (r != null && !r.guessed()) {
                    score += 2;
                } else if (col != null && !col.guessed()) {
                    score += 1;
                }
            }
        }
        return score;
    }

    private void lost(Segment segment) {
        String first = segment.rows.stream().flatMap(List::stream).filter(c -> !c.isBlank()).map(c -> Labels.oneLine(c.text()))
                .findFirst().orElse("");
        if (first.isEmpty()) {
            return;
        }
        sourceTableLost = true;
        problems.add(new ImportProblem(Severity.ERROR, segment.at,
                "无法识别的表格（第一格「" + first + "」），不是「" + template.id() + "」格式的任何一张表，未导入"));
    }

    private MappedReport.Section sectionOf(TableDef def) {
        MappedReport.Section s = report.sections.get(def.section());
        if (s == null) {
            s = new MappedReport.Section(def.section(), def.section().label(), true);
            report.sections.put(def.section(), s);
        }
        return s;
    }

    // ---------------------------------------------------------------- finish

    private Outcome finish() {
        header();
        boolean tableLost = sourceTableLost;
        for (SectionDef s : template.sections()) {
            MappedReport.Section found = report.sections.get(s);
            if (found == null) {
                problems.add(new ImportProblem(Severity.ERROR, SourcePosition.FILE, "原文中没有找到第" + (s.order() + 1)
                        + "部分「" + s.label() + "」"));
            } else if (found.headingMissing) {
                problems.add(new ImportProblem(Severity.WARNING, SourcePosition.FILE,
                        "原文中没有找到「" + s.label() + "」的标题，已按其中的表格补上"));
            }
        }
        int cells = 0;
        for (TableDef t : template.tables()) {
            MappedReport.Table mapped = report.tables.get(t);
            if (mapped == null || mapped.values.isEmpty()) {
                tableLost = true;
                problems.add(new ImportProblem(Severity.ERROR, mapped == null ? SourcePosition.FILE : mapped.at,
                        "「" + t.section().label() + "」的表「" + t.label() + "」" + (mapped == null ? "在原文中没有找到" : "没有读到数据")
                                + "，未导入"));
                continue;
            }
            cells += mapped.cellCount();
            for (RowDef r : t.valueRows()) {
                if (!mapped.values.containsKey(r)) {
                    problems.add(new ImportProblem(Severity.ERROR, mapped.at, "表「" + t.label() + "」缺少「" + r.label() + "」行"));
                }
            }
            for (ColumnDef c : t.columns()) {
                if (!mapped.columns.contains(c)) {
                    problems.add(new ImportProblem(Severity.ERROR, mapped.at, "表「" + t.label() + "」缺少「" + c.label() + "」列"));
                }
            }
        }
        int errors = (int) problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        return new Outcome(report, problems, tableLost, cells, errors);
    }

    /** Title, year and agency from the lines before the first section; other such lines move into it. */
    private void header() {
        // The title names the report and its year; a web page's navigation above it may say 报告 too.
        int titleAt = -1;
        for (int i = 0; i < preamble.size() && titleAt < 0; i++) {
            String text = preamble.get(i).text();
            if (text.contains("报告") && YEAR.matcher(text).find()) {
                titleAt = i;
            }
        }
        for (int i = 0; i < preamble.size() && titleAt < 0; i++) {
            if (preamble.get(i).text().contains("报告")) {
                titleAt = i;
            }
        }
        if (titleAt < 0) {
            problems.add(new ImportProblem(Severity.WARNING, SourcePosition.FILE, "没有找到报告标题，请补上「标题」"));
        } else {
            report.title = Labels.oneLine(preamble.get(titleAt).text());
            // A title set on two lines: 光华镇 / 2021年政府信息公开工作年度报告.
            Matcher year = YEAR.matcher(report.title);
            if (titleAt > 0 && year.find() && year.start() == 0) {
                String above = preamble.get(titleAt - 1).text();
                if (!above.contains("。") && above.codePointCount(0, above.length()) <= 30 && !above.contains("报告")) {
                    report.title = Labels.oneLine(above) + report.title;
                    titleAt--;
                    preamble.remove(titleAt + 1);
                }
            }
        }
        for (int i = 0; i < titleAt; i++) {
            Line l = preamble.get(i);
            problems.add(new ImportProblem(Severity.NOTE, l.at(), "标题前的文字「" + l.text() + "」未导入"));
        }
        MappedReport.Section first = report.sections.values().stream().min((a, b) -> a.def.order() - b.def.order()).orElse(null);
        List<Object> moved = new ArrayList<>();
        String statedAgency = null;
        for (int i = titleAt + 1; i < preamble.size(); i++) {
            Line l = preamble.get(i);
            // A byline under the title, "光华镇人民政府 2021年度" (as published pages print it): header, not prose.
            Matcher byline = BYLINE.matcher(l.text().strip());
            if (byline.matches()) {
                if (!byline.group(1).isBlank()) {
                    statedAgency = byline.group(1).strip();
                }
                problems.add(new ImportProblem(Severity.NOTE, l.at(), "标题下的「" + l.text().strip() + "」作为机关和年度读入"));
                continue;
            }
            if (first == null) {
                problems.add(new ImportProblem(Severity.ERROR, l.at(), "文字「" + l.text() + "」不在任何部分之下，未导入"));
                continue;
            }
            moved.add(prose(l.text(), l.at()));
            problems.add(new ImportProblem(Severity.WARNING, l.at(),
                    "「" + l.text() + "」在第一部分标题之前，已放在「" + first.def.label() + "」开头"));
        }
        if (first != null) {
            first.content.addAll(0, moved);
        }
        report.year = year();
        if (report.year == null) {
            problems.add(new ImportProblem(Severity.WARNING, SourcePosition.FILE, "没有找到报告年度，请补上「年度」"));
        }
        report.agency = statedAgency != null ? statedAgency : agency();
    }

    /** A line that names only the agency and the year. */
    private static final java.util.regex.Pattern BYLINE =
            java.util.regex.Pattern.compile("([^。，,；;：:]{0,40}?)\\s*[0-9]{4}\\s*年度");

    private Integer year() {
        if (report.title != null) {
            Matcher m = YEAR.matcher(report.title);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        for (Line l : allLines) {
            Matcher m = PERIOD.matcher(l.text());
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /**
     * The agency: the title's words before the year, completed to the full name the report
     * uses elsewhere (光华镇 → 光华镇人民政府) when the text has one.
     */
    private String agency() {
        if (report.title == null) {
            return null;
        }
        Matcher m = YEAR.matcher(report.title);
        String prefix = (m.find() ? report.title.substring(0, m.start()) : "").replaceAll("^关于", "").strip();
        if (prefix.isEmpty()) {
            return null;
        }
        // How full agency names end, and the place names they complete: template data (全称).
        List<FieldDef.FullName> fullNames = new ArrayList<>();
        for (FieldDef f : template.fields()) {
            if (f.kind() == FieldDef.Kind.AGENCY) {
                fullNames.addAll(f.fullNames());
            }
        }
        if (!fullNames.isEmpty()) {
            StringBuilder endings = new StringBuilder();
            for (FieldDef.FullName n : fullNames) {
                endings.append(endings.length() == 0 ? "" : "|").append(Pattern.quote(n.ending()));
            }
            Pattern fuller = Pattern.compile(Pattern.quote(prefix) + "[\\p{IsHan}]{0,2}?(" + endings + ")");
            for (Line l : allLines) {
                Matcher f = fuller.matcher(l.text());
                if (f.find()) {
                    return f.group();
                }
            }
        }
        // The title may name a local government by its place only (光华镇): complete it as 全称 says.
        String agency = prefix;
        for (FieldDef.FullName n : fullNames) {
            if (n.places().stream().anyMatch(prefix::endsWith)) {
                agency = prefix + n.ending();
                break;
            }
        }
        problems.add(new ImportProblem(Severity.NOTE, SourcePosition.FILE, "机关名按标题写作「" + agency + "」，请核对"));
        return agency;
    }
}
