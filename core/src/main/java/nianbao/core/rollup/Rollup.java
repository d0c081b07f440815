package nianbao.core.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.Report;
import nianbao.core.model.ReportBinder;
import nianbao.core.model.ReportTable;
import nianbao.core.skeleton.Skeleton;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.FieldDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.text.Names;

/**
 * Adds up the tables of several reports of one template and year (a county summing its
 * townships) into a new report, which the same rules then check.
 */
public final class Rollup {

    private Rollup() {
    }

    /** The summed report's text, or the reason the reports cannot be added (in Chinese). */
    public record Result(String text, String problem) {
    }

    /**
     * @param reports the bound reports with the names to cite them by (file names)
     * @param agency  the agency of the summed report (e.g. 青山县), or null
     */
    public static Result sum(List<Report> reports, List<String> names, String agency) {
        if (reports.isEmpty()) {
            return new Result(null, "没有要汇总的报告");
        }
        Report first = reports.get(0);
        Template template = first.template();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (!r.templateStated()) {
                return new Result(null, names.get(i) + " 没有指明可用的模板，无法汇总");
            }
            if (!r.template().id().equals(template.id())) {
                return new Result(null, "模板不同，不能汇总：" + names.get(0) + " 用“" + template.id() + "”，"
                        + names.get(i) + " 用“" + r.template().id() + "”");
            }
            if (r.year() == null || !r.year().equals(first.year())) {
                return new Result(null, "年度不同，不能汇总：" + names.get(0) + " 为 " + first.year() + " 年度，"
                        + names.get(i) + " 为 " + r.year() + " 年度");
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("// 由 nianbao sum 汇总：").append(String.join("、", names)).append('\n');
        for (FieldDef f : template.fields()) {
            String value = switch (f.kind()) {
                case YEAR -> String.valueOf(first.year());
                case AGENCY -> agency == null ? "汇总" : agency;
                case TITLE -> template.fill(f, agency == null ? "" : agency, first.year()) + "（汇总）";
                case PREVIOUS_REPORT, LEVEL -> null;
                case TEXT -> f.id().equals(ReportBinder.TEMPLATE_FIELD) ? templateReference(first) : "";
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
                sb.append('\n').append(Skeleton.table(t, totals(reports, t)));
            }
        }
        return new Result(sb.toString(), null);
    }

    /** The template as the first report names it (a path stays a path). */
    private static String templateReference(Report r) {
        for (HeaderEntry e : r.header()) {
            if (Names.normalize(e.key().text()).equals(ReportBinder.TEMPLATE_FIELD)) {
                return e.value().text();
            }
        }
        return r.template().id();
    }

    /** Sum of each cell over the reports; blanks and rows left to 其余 count as 0. */
    static Skeleton.Values totals(List<Report> reports, TableDef table) {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Report r : reports) {
            for (ReportTable t : r.tables()) {
                if (t.def() == null || !t.def().id().equals(table.id())) {
                    continue;
                }
                for (RowDef row : t.def().valueRows()) {
                    for (ColumnDef c : t.def().columns()) {
                        BigDecimal v = t.valueFor(row, c);
                        if (v != null) {
                            sums.merge(row.id() + "\u0000" + c.id(), v, BigDecimal::add);
                        }
                    }
                }
                break;
            }
        }
        return (row, c) -> sums.get(row.id() + "\u0000" + c.id());
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
