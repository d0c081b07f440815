package nianbao.core.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nianbao.core.model.Cell;
import nianbao.core.model.CellValue;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.Report;
import nianbao.core.model.ReportBinder;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.skeleton.Skeleton;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.FieldDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateResolver;
import nianbao.core.text.Names;
import nianbao.syntax.Range;
import org.jspecify.annotations.Nullable;

/**
 * Adds up the tables of several reports of one year (a county summing its townships) into a new
 * report, which the same rules then check. Reports on different templates are summed over the
 * tables they share: those of the nearest template every report's template is or extends (a
 * county template that extends the national one shares the national tables).
 */
public final class Rollup {

    private Rollup() {
    }

    /**
     * A cell that cannot be added: written but not a number ({@code 9件}), missing from a row
     * written with fewer cells, or a whole table a report lacks.
     *
     * @param report index of the report in the list summed
     * @param range  where in that report (the cell, the row, or the section/heading for a table)
     * @param what   the cell and what is wrong with it, in Chinese
     */
    public record Unreadable(int report, Range range, String what) {
    }

    /**
     * The summed report's text, or the reason the reports cannot be added (in Chinese).
     *
     * @param unreadable cells not added (counted as 0 in {@code text}); a caller refuses the
     *                   text unless told to go on
     * @param leftOut    tables some reports have but that are not summed (not in the shared
     *                   template), as “report: table”, in Chinese
     * @param template   the template the sum is written on
     */
    public record Result(@Nullable String text, @Nullable String problem, List<Unreadable> unreadable,
            List<String> leftOut, @Nullable Template template) {

        static Result refused(String problem) {
            return new Result(null, problem, List.of(), List.of(), null);
        }
    }

    /** As {@link #sum(List, List, String, TemplateResolver)} with the built-in templates only. */
    public static Result sum(List<Report> reports, List<String> names, @Nullable String agency) {
        return sum(reports, names, agency, TemplateResolver.builtIn());
    }

    /**
     * @param reports  the bound reports with the names to cite them by (file names)
     * @param agency   the agency of the summed report (e.g. 青山县), or null
     * @param resolver finds the shared template when it is none of the reports' own (an ancestor)
     */
    public static Result sum(List<Report> reports, List<String> names, @Nullable String agency,
            TemplateResolver resolver) {
        if (reports.isEmpty()) {
            return Result.refused("没有要汇总的报告");
        }
        Report first = reports.get(0);
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (!r.templateStated()) {
                return Result.refused(names.get(i) + " 没有指明可用的模板，无法汇总");
            }
        }
        String sharedId = sharedTemplate(reports);
        if (sharedId == null) {
            int other = 1;
            while (reports.get(other).template().id().equals(first.template().id())) {
                other++;
            }
            return Result.refused("模板不同，不能汇总：" + names.get(0) + " 用“" + first.template().id() + "”，"
                    + names.get(other) + " 用“" + reports.get(other).template().id() + "”，两者没有共同的表格模板");
        }
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (r.year() == null || !r.year().equals(first.year())) {
                return Result.refused("年度不同，不能汇总：" + names.get(0) + " 为 " + first.year() + " 年度，"
                        + names.get(i) + " 为 " + r.year() + " 年度");
            }
        }
        Template template = null;
        String reference = sharedId;
        for (Report r : reports) {
            if (r.template().id().equals(sharedId)) {
                template = r.template();
                reference = templateReference(r);
                break;
            }
        }
        if (template == null) {
            TemplateResolver.Resolution resolution = resolver.resolve(sharedId);
            if (resolution == null) {
                return Result.refused("找不到各报告共同的模板“" + sharedId + "”，无法汇总");
            }
            template = resolution.template();
        }
        List<Unreadable> unreadable = new ArrayList<>();
        Map<String, BigDecimal> sums = new HashMap<>();
        for (TableDef t : template.tables()) {
            for (int i = 0; i < reports.size(); i++) {
                add(reports.get(i), i, t, sums, unreadable);
            }
        }
        Integer year = Objects.requireNonNull(first.year(), "a report without a year is refused above");
        String text = text(template, reference, year, agency, names, sums);
        return new Result(text, null, List.copyOf(unreadable), leftOut(reports, names, template), template);
    }

    /**
     * The id of the nearest template that every report's template is or extends (first report's
     * chain, nearest first), or null when they share none.
     */
    static @Nullable String sharedTemplate(List<Report> reports) {
        List<String> chain = chain(reports.get(0).template());
        for (Report r : reports.subList(1, reports.size())) {
            chain.retainAll(chain(r.template()));
        }
        return chain.isEmpty() ? null : chain.get(0);
    }

    private static List<String> chain(Template t) {
        List<String> out = new ArrayList<>();
        out.add(t.id());
        out.addAll(t.ancestors());
        return out;
    }

    /** Tables the reports' own templates add that the shared one does not have. */
    private static List<String> leftOut(List<Report> reports, List<String> names, Template shared) {
        Set<String> sharedTables = new LinkedHashSet<>();
        shared.tables().forEach(t -> sharedTables.add(t.id()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (ReportTable t : reports.get(i).tables()) {
                if (t.def() != null && !sharedTables.contains(t.def().id())) {
                    out.add(names.get(i) + " 的“" + t.def().label() + "”（模板“" + shared.id() + "”没有这张表）");
                }
            }
        }
        return out;
    }

    private static String text(Template template, String reference, Integer year, @Nullable String agency, List<String> names,
            Map<String, BigDecimal> sums) {
        StringBuilder sb = new StringBuilder();
        sb.append("// 由 nianbao sum 汇总：").append(String.join("、", names)).append('\n');
        for (FieldDef f : template.fields()) {
            String value = switch (f.kind()) {
                case YEAR -> String.valueOf(year);
                case AGENCY -> agency == null ? "汇总" : agency;
                case TITLE -> template.fill(f, agency == null ? "" : agency, year) + "（汇总）";
                case PREVIOUS_REPORT, LEVEL -> null;
                case TEXT -> f.id().equals(ReportBinder.TEMPLATE_FIELD) ? reference : "";
            };
            if (value != null) {
                sb.append(f.id()).append('：').append(value).append('\n');
            }
        }
        for (SectionDef s : template.sections()) {
            sb.append('\n').append("# ").append(s.label()).append('\n');
            if (s.tables().isEmpty()) {
                sb.append("本部分为各报告汇总，正文见各报告：").append(String.join("、", names)).append("。\n");
            }
            for (TableDef t : s.tables()) {
                sb.append('\n').append(Skeleton.table(t, (row, c) -> sums.get(key(t, row, c))));
            }
        }
        return sb.toString();
    }

    /** The template as a report names it (a path stays a path). */
    private static String templateReference(Report r) {
        for (HeaderEntry e : r.header()) {
            if (Names.normalize(e.key().text()).equals(ReportBinder.TEMPLATE_FIELD)) {
                return e.value().text();
            }
        }
        return r.template().id();
    }

    private static String key(TableDef t, RowDef row, ColumnDef c) {
        return t.id() + "\u0000" + row.id() + "\u0000" + c.id();
    }

    /**
     * Adds one report's table to the sums, rows and columns matched by id (a report on a template
     * that extends the shared one has its own definitions of them). Blanks and rows left to
     * {@code 其余} count as 0; what cannot be read is listed and not added.
     */
    private static void add(Report report, int index, TableDef shared, Map<String, BigDecimal> sums,
            List<Unreadable> unreadable) {
        ReportTable table = null;
        TableDef tableDef = null;
        for (ReportTable t : report.tables()) {
            TableDef def = t.def();
            if (def != null && def.id().equals(shared.id())) {
                table = t;
                tableDef = def;
                break;
            }
        }
        if (table == null || tableDef == null) { // set together
            unreadable.add(new Unreadable(index, missingTableRange(report, shared), "缺少表“" + shared.label() + "”"));
            return;
        }
        for (RowDef row : shared.valueRows()) {
            RowDef own = tableDef.row(row.id());
            ReportRow written = own == null ? null : table.rowsByDef().get(own);
            if (written != null && ragged(table, written)) {
                // Which number belongs to which column cannot be known: none of them is added.
                int cells = written.cells().size();
                unreadable.add(new Unreadable(index, written.syntax().range(), "“" + row.shortName() + "”这一行"
                        + (cells < table.columns().size() ? "只" : "") + "写了 " + cells + " 格，表有 "
                        + table.columns().size() + " 列，无法确定各数属于哪一列"));
                continue;
            }
            for (ColumnDef column : shared.columns()) {
                ColumnDef ownColumn = tableDef.column(column.id());
                BigDecimal value = null;
                if (written == null) {
                    CellValue rest = table.restValue();
                    value = rest == null ? null : rest.forRules(); // a row not written: 0, as the checker says
                } else {
                    Cell cell = ownColumn == null ? null : table.cell(written, ownColumn);
                    String name = "“" + row.shortName() + "”的“" + column.shortName() + "”";
                    if (cell == null) {
                        unreadable.add(new Unreadable(index, written.syntax().range(), name + "没有填写"));
                    } else if (cell.value().kind() == CellValue.Kind.INVALID) {
                        unreadable.add(new Unreadable(index, cell.word().range(),
                                name + "填写“" + cell.word().text() + "”，不是数字"));
                    } else {
                        value = cell.value().forRules();
                    }
                }
                if (value != null) {
                    sums.merge(key(shared, row, column), value, BigDecimal::add);
                }
            }
        }
    }

    /** A row written with fewer or more cells than its table has columns (as its head line writes them). */
    private static boolean ragged(ReportTable table, ReportRow row) {
        return !row.rest() && row.cells().size() != table.columns().size();
    }

    /** Where a missing table would stand: its section's heading, else the start of the report. */
    private static Range missingTableRange(Report report, TableDef table) {
        for (var s : report.sections()) {
            if (s.def() != null && s.def().id().equals(table.section().id())) {
                return s.syntax().headingRange();
            }
        }
        return new Range(new nianbao.syntax.Position(0, 0), new nianbao.syntax.Position(0, 0));
    }

    /** Helper for callers that want the list of names from paths. */
    public static List<String> names(List<java.nio.file.Path> paths) {
        List<String> out = new ArrayList<>();
        for (java.nio.file.Path p : paths) {
            out.add(p.getFileName().toString());
        }
        return out;
    }
}
