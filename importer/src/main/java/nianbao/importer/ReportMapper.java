package nianbao.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.importer.ImportProblem.Severity;
import nianbao.importer.SourceDocument.Block;
import nianbao.importer.SourceDocument.Line;
import nianbao.importer.SourceDocument.Table;

/**
 * Maps a read document onto one template, block by block: {@link SectionHeadings} tells
 * headings from prose, {@link TableLocator} names each part of a table, a {@link TableMapper}
 * reads its rows, {@link ReportHeader} finds title, year and agency, and {@link Completeness}
 * lists what is missing. Everything it cannot place becomes an {@link ImportProblem}.
 */
final class ReportMapper {

    /** The mapping, what went wrong, and how well the template fitted (for format detection). */
    record Outcome(MappedReport report, List<ImportProblem> problems, boolean tableLost, int cells, int errors) {
    }

    private final Template template;
    private final MappedReport report;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final SectionHeadings headings;
    private final TableLocator locator;
    private final List<Line> preamble = new ArrayList<>();
    private final List<Line> allLines = new ArrayList<>();
    /** The lines of the current section, for tables published as lines of text ({@link LineTables}). */
    private final List<SectionLine> sectionLines = new ArrayList<>();
    private MappedReport.Section current;
    private TableDef pendingTable;
    private boolean sourceTableLost;
    /** Tables whose text a flat page ran together ({@link FlatText}): reported, never read. */
    private final List<FlatText.RunTogether> runTogether = new ArrayList<>();
    /** Lines cut out of a flat page's table text: rows for {@link LineTables}, never prose. */
    private final Set<Line> tableText = Collections.newSetFromMap(new IdentityHashMap<>());

    private ReportMapper(Template template) {
        this.template = template;
        this.report = new MappedReport(template);
        this.headings = new SectionHeadings(template, problems);
        this.locator = new TableLocator(template);
    }

    static Outcome map(SourceDocument document, Template template) {
        ReportMapper mapper = new ReportMapper(template);
        FlatText.Split split = FlatText.split(document, template);
        document = split.document();
        mapper.runTogether.addAll(split.tables());
        mapper.tableText.addAll(split.tableText());
        for (Block block : document.blocks()) {
            if (block instanceof Line line) {
                mapper.line(line);
            } else if (block instanceof Table table) {
                mapper.table(table);
            }
        }
        return mapper.finish(document.furniture());
    }

    private void line(Line line) {
        String text = line.text().strip();
        if (text.isEmpty()) {
            return;
        }
        allLines.add(line);
        SectionDef section = headings.heading(text, line.heading(), line.at(), current == null ? -1 : current.def.order());
        if (section != null) {
            startSection(section, text);
            return;
        }
        if (current == null) {
            preamble.add(line);
            return;
        }
        TableDef title = headings.tableTitle(text, current.def);
        if (title != null) {
            pendingTable = title;
            sectionLines.add(new SectionLine(line, null, title));
            return;
        }
        if (tableText.contains(line) || TextRow.isSeparators(text)) {
            sectionLines.add(new SectionLine(line, null, null));
            return;
        }
        MappedReport.Prose prose = headings.prose(text, line.at());
        current.content.add(prose);
        sectionLines.add(new SectionLine(line, prose, null));
    }

    /** A line of the current section: prose for now, or the title of a table. */
    private record SectionLine(Line line, MappedReport.Prose prose, TableDef title) {
    }

    /**
     * Reads the tables of the section just ended that no grid table gave from its lines of text,
     * in template order, each from its title line when it has one; the lines a table takes are
     * no longer prose, and the table stands where they stood.
     */
    private void tablesFromLines() {
        if (current == null || current.def.tables().isEmpty() || sectionLines.isEmpty()) {
            sectionLines.clear();
            return;
        }
        List<Line> lines = sectionLines.stream().map(SectionLine::line).toList();
        int cursor = 0;
        for (TableDef t : current.def.tables()) {
            MappedReport.Table existing = report.tables.get(t);
            if (existing != null && !existing.values.isEmpty()) {
                continue;
            }
            int titled = -1;
            for (int i = 0; i < sectionLines.size() && titled < 0; i++) {
                titled = sectionLines.get(i).title() == t ? i : -1;
            }
            int from = titled >= 0 ? titled + 1 : cursor;
            int to = from;
            while (to < sectionLines.size() && (sectionLines.get(to).title() == null || sectionLines.get(to).title() == t)) {
                to++;
            }
            if (from >= to) {
                continue;
            }
            MappedReport.Table read = existing != null ? existing : new MappedReport.Table(t, lines.get(titled >= 0 ? titled : from).at());
            List<ImportProblem> found = new ArrayList<>();
            LineTables.Read taken = LineTables.read(t, lines, from, to, read, found);
            if (taken == null) {
                continue;
            }
            problems.addAll(found);
            if (existing == null) {
                report.tables.put(t, read);
                current.content.add(contentIndex(taken.first()), new MappedReport.TablePlace(t));
            }
            current.content.removeIf(c -> c instanceof MappedReport.Prose && taken.consumed().stream()
                    .anyMatch(i -> sectionLines.get(i).prose() == c));
            cursor = taken.last() + 1;
        }
        sectionLines.clear();
    }

    /** Where in the section's content the prose of a section line (or the first after it) stands. */
    private int contentIndex(int sectionLine) {
        for (int i = sectionLine; i < sectionLines.size(); i++) {
            MappedReport.Prose prose = sectionLines.get(i).prose();
            for (int c = 0; prose != null && c < current.content.size(); c++) {
                if (current.content.get(c) == prose) {
                    return c;
                }
            }
        }
        return current.content.size();
    }

    private void startSection(SectionDef def, String heading) {
        tablesFromLines();
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

    private void table(Table table) {
        List<TableLocator.Segment> segments = locator.segments(table);
        for (int i = 0; i < segments.size(); i++) {
            TableLocator.Segment segment = segments.get(i);
            TableDef def = segment.def();
            if (def == null && i == 0 && pendingTable != null) {
                def = pendingTable;
            }
            if (def == null) {
                def = locator.identify(segment.rows(), current == null ? null : current.def);
            }
            if (def == null) {
                ImportProblem unknown = locator.unknown(segment);
                if (unknown != null) {
                    sourceTableLost = true;
                    problems.add(unknown);
                }
                continue;
            }
            new TableMapper(def, target(def, segment.at()), problems).map(segment.rows());
        }
        pendingTable = null;
    }

    /** The values of a template table, placed in its section the first time the table is met. */
    private MappedReport.Table target(TableDef def, SourcePosition at) {
        MappedReport.Table target = report.tables.get(def);
        if (target == null) {
            target = new MappedReport.Table(def, at);
            report.tables.put(def, target);
            sectionOf(def).content.add(new MappedReport.TablePlace(def));
        }
        return target;
    }

    private MappedReport.Section sectionOf(TableDef def) {
        MappedReport.Section s = report.sections.get(def.section());
        if (s == null) {
            s = new MappedReport.Section(def.section(), def.section().label(), true);
            report.sections.put(def.section(), s);
        }
        return s;
    }

    private Outcome finish(List<PageFurniture.Field> furniture) {
        tablesFromLines();
        ReportHeader.read(report, preamble, allLines, furniture, headings, problems);
        List<TableDef> leftOut = new ArrayList<>();
        for (FlatText.RunTogether t : runTogether) {
            MappedReport.Table read = report.tables.get(t.table());
            if (read == null || read.values.isEmpty()) {
                // Nothing of it could be read: it stays out of the report, reported once.
                report.tables.remove(t.table());
                report.sections.values().forEach(sec -> sec.content.removeIf(
                        c -> c instanceof MappedReport.TablePlace place && place.table() == t.table()));
                leftOut.add(t.table());
                problems.add(ImportProblem.error(ProblemId.TABLE_RUN_TOGETHER, t.at(), "原文整页排在一行里，表「" + t.table().label()
                        + "」（" + t.table().section().label() + "）的单元格没有分开（「" + t.excerpt()
                        + "」），数字连在一起，分不清每一格，未导入；请对照原网页或原件逐格填写"));
            }
        }
        Completeness.Tally tally = Completeness.check(template, report, leftOut, problems);
        int errors = (int) problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        return new Outcome(report, problems, sourceTableLost || tally.tableLost(), tally.cells(), errors);
    }
}
