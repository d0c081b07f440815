package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.core.model.ColumnSlot;
import nianbao.core.model.ReportTable;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateRegistry;
import nianbao.core.text.NameIndex;

/**
 * A table or column name that the report's template does not have but another national format
 * does: a 2019-layout table in a 2021 report. Says which format the name belongs to.
 */
final class OutdatedFormatCheck extends BaseCheck {

    OutdatedFormatCheck() {
        super("format.outdated", Severity.WARNING,
                "A table or column belongs to another national format than the report's (a 2019-layout table in a 2021 report).");
    }

    @Override
    public void run(CheckContext ctx) {
        Template own = ctx.report().template();
        TemplateRegistry registry = TemplateRegistry.builtIn();
        for (ReportTable t : ctx.report().tables()) {
            // The other formats are read only for a name the report's own template does not know.
            if (!hasUnknownName(t)) {
                continue;
            }
            for (String id : registry.builtInIds()) {
                Template other = registry.get(id);
                if (other == null || other.id().equals(own.id()) || own.ancestors().contains(other.id())) {
                    continue;
                }
                if (t.def() == null && t.syntax().name() != null) {
                    if (other.tableIndex().lookup(t.syntax().name().text()) instanceof NameIndex.Found<TableDef>) {
                        ctx.report(t.syntax().name().range(), describe(other, own, "表" + Messages.quote(t.syntax().name().text())));
                        break;
                    }
                } else if (t.def() != null) {
                    TableDef twin = other.tables().stream().filter(x -> x.id().equals(t.def().id())).findFirst().orElse(null);
                    boolean reported = false;
                    for (ColumnSlot c : t.columns()) {
                        if (twin != null && c.def() == null && c.written() != null
                                && twin.columnIndex().lookup(c.written().text()) instanceof NameIndex.Found) {
                            ctx.report(c.written().range(), describe(other, own, "列" + Messages.quote(c.written().text())));
                            reported = true;
                        }
                    }
                    if (reported) {
                        break;
                    }
                }
            }
        }
    }

    private static boolean hasUnknownName(ReportTable t) {
        if (t.def() == null) {
            return t.syntax().name() != null;
        }
        for (ColumnSlot c : t.columns()) {
            if (c.def() == null && c.written() != null) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Template other, Template own, String what) {
        String years = other.lastYear() == Integer.MAX_VALUE ? other.firstYear() + " 年度起"
                : other.firstYear() + "—" + other.lastYear() + " 年度";
        return what + "属于" + Messages.quote(other.name()) + "（适用于" + years + "），本报告按" + Messages.quote(own.id())
                + "检查；请改用本格式的表格";
    }
}
