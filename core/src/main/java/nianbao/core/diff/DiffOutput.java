package nianbao.core.diff;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.List;

/** A {@link ReportDiff} as text for a terminal and as a JSON document for machines. */
public final class DiffOutput {

    /** Version of the JSON shape; raised on any incompatible change. */
    public static final int FORMAT_VERSION = 1;

    private DiffOutput() {
    }

    /** Lines as a clerk reads them; cells with {@code file:line} so that terminals can jump to them. */
    public static String text(ReportDiff d) {
        StringBuilder sb = new StringBuilder();
        sb.append("比较 ").append(side(d.lastYear())).append("\n  → ").append(side(d.thisYear())).append('\n');
        sb.append(summary(d)).append('\n');
        if (!d.sections().isEmpty()) {
            sb.append('\n');
            for (ReportDiff.SectionChange s : d.sections()) {
                sb.append(s.kind() == ReportDiff.Kind.ADDED ? "章节增加：" : "章节删除：").append(s.label()).append('\n');
            }
        }
        for (ReportDiff.TableDiff t : d.tables()) {
            sb.append('\n').append('[').append(t.label()).append(']');
            if (t.kind() != ReportDiff.Kind.CHANGED) {
                sb.append(t.kind() == ReportDiff.Kind.ADDED ? " 表增加（上年报告没有这张表）" : " 表删除（本年报告没有这张表）")
                        .append('\n');
                continue;
            }
            sb.append('\n');
            list(sb, "行增加", t.rowsAdded());
            list(sb, "行删除", t.rowsRemoved());
            list(sb, "列增加", t.columnsAdded());
            list(sb, "列删除", t.columnsRemoved());
            for (ReportDiff.CellChange c : t.cells()) {
                sb.append("  ");
                if (c.line() > 0) {
                    sb.append(d.thisYear().file()).append(':').append(c.line()).append("  ");
                }
                sb.append(c.row()).append(" · ").append(c.column()).append("：").append(number(c.before()))
                        .append(" → ").append(number(c.after())).append("（").append(change(c)).append("）\n");
            }
        }
        String section = null;
        for (ReportDiff.ProseChange p : d.prose()) {
            if (!p.section().equals(section)) {
                section = p.section();
                sb.append("\n正文 ").append(section).append('\n');
            }
            String file = p.kind() == ReportDiff.Kind.REMOVED ? d.lastYear().file() : d.thisYear().file();
            sb.append("  ").append(file).append(':').append(p.line()).append("  ").append(switch (p.kind()) {
                case ADDED -> "增加";
                case REMOVED -> "删除";
                case CHANGED -> "修改";
            }).append('\n');
            if (p.before() != null) {
                sb.append("    - ").append(p.before()).append('\n');
            }
            if (p.after() != null) {
                sb.append("    + ").append(p.after()).append('\n');
            }
        }
        return sb.toString();
    }

    /** "变化：…" — what the diff found, counted. */
    public static String summary(ReportDiff d) {
        if (d.isEmpty()) {
            return "没有变化。";
        }
        long tablesChanged = d.tables().stream().filter(t -> t.kind() == ReportDiff.Kind.CHANGED).count();
        return "变化：" + d.cellCount() + " 个单元格（" + tablesChanged + " 张表）、" + d.sections().size() + " 个章节增删、"
                + (d.tables().size() - tablesChanged) + " 张表增删、" + d.prose().size() + " 段正文。";
    }

    private static String side(ReportDiff.Side s) {
        return s.file() + "（" + (s.agency() == null ? "" : s.agency() + " ") + (s.year() == null ? "年度不明" : s.year() + " 年度")
                + "，模板 " + s.template() + "）";
    }

    private static void list(StringBuilder sb, String what, List<String> items) {
        if (!items.isEmpty()) {
            sb.append("  ").append(what).append("：").append(String.join("、", items)).append('\n');
        }
    }

    /** "+2，+66.7%", or "+3，上年为 0". */
    static String change(ReportDiff.CellChange c) {
        String sign = c.change().signum() > 0 ? "+" : "";
        String percent = c.percent() == null ? "上年为 0" : sign + c.percent().toPlainString() + "%";
        return sign + number(c.change()) + "，" + percent;
    }

    static String number(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    public static String json(ReportDiff d) {
        JsonObject root = new JsonObject();
        root.addProperty("formatVersion", FORMAT_VERSION);
        root.add("lastYear", sideJson(d.lastYear()));
        root.add("thisYear", sideJson(d.thisYear()));
        JsonArray sections = new JsonArray();
        for (ReportDiff.SectionChange s : d.sections()) {
            JsonObject o = new JsonObject();
            o.addProperty("label", s.label());
            o.addProperty("change", kind(s.kind()));
            sections.add(o);
        }
        root.add("sections", sections);
        JsonArray tables = new JsonArray();
        for (ReportDiff.TableDiff t : d.tables()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", t.id());
            o.addProperty("label", t.label());
            o.addProperty("change", kind(t.kind()));
            o.add("rowsAdded", strings(t.rowsAdded()));
            o.add("rowsRemoved", strings(t.rowsRemoved()));
            o.add("columnsAdded", strings(t.columnsAdded()));
            o.add("columnsRemoved", strings(t.columnsRemoved()));
            JsonArray cells = new JsonArray();
            for (ReportDiff.CellChange c : t.cells()) {
                JsonObject cell = new JsonObject();
                cell.addProperty("row", c.rowId());
                cell.addProperty("rowLabel", c.row());
                cell.addProperty("column", c.columnId());
                cell.addProperty("columnLabel", c.column());
                cell.addProperty("old", c.before());
                cell.addProperty("new", c.after());
                cell.addProperty("change", c.change());
                cell.addProperty("percent", c.percent());
                cell.addProperty("line", c.line() > 0 ? c.line() : null);
                cells.add(cell);
            }
            o.add("cells", cells);
            tables.add(o);
        }
        root.add("tables", tables);
        JsonArray prose = new JsonArray();
        for (ReportDiff.ProseChange p : d.prose()) {
            JsonObject o = new JsonObject();
            o.addProperty("section", p.section());
            o.addProperty("change", kind(p.kind()));
            o.addProperty("old", p.before());
            o.addProperty("new", p.after());
            o.addProperty("line", p.line());
            prose.add(o);
        }
        root.add("prose", prose);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
    }

    private static JsonObject sideJson(ReportDiff.Side s) {
        JsonObject o = new JsonObject();
        o.addProperty("file", s.file());
        o.addProperty("year", s.year());
        o.addProperty("agency", s.agency());
        o.addProperty("template", s.template());
        return o;
    }

    static String kind(ReportDiff.Kind k) {
        return switch (k) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case CHANGED -> "changed";
        };
    }

    private static JsonArray strings(List<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }
}
