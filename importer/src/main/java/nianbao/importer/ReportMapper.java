package nianbao.importer;

import java.util.ArrayList;
import java.util.List;
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
    private MappedReport.Section current;
    private TableDef pendingTable;
    private boolean sourceTableLost;

    private ReportMapper(Template template) {
        this.template = template;
        this.report = new MappedReport(template);
        this.headings = new SectionHeadings(template, problems);
        this.locator = new TableLocator(template);
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
            return;
        }
        current.content.add(headings.prose(text, line.at()));
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
        ReportHeader.read(report, preamble, allLines, furniture, headings, problems);
        Completeness.Tally tally = Completeness.check(template, report, problems);
        int errors = (int) problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        return new Outcome(report, problems, sourceTableLost || tally.tableLost(), tally.cells(), errors);
    }
}
