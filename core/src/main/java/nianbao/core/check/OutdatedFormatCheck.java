package nianbao.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.core.diagnostic.Severity;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.TableDef;
import nianbao.syntax.Range;
import nianbao.core.model.ColumnSlot;
import nianbao.core.model.ReportTable;
import nianbao.core.template.Template;
import nianbao.syntax.Word;

/**
 * A table, column or row name that the report's template does not have but another national
 * format does: a 2019-layout table in a 2021 report. Says which format the names belong to, once
 * per table ({@link OtherFormats}: the unknown-name checks leave these names alone).
 */
final class OutdatedFormatCheck extends BaseCheck {

    OutdatedFormatCheck() {
        super("format.outdated", Severity.WARNING,
                "A table, column or row belongs to another national format than the report's (a 2019-layout table in a 2021 report), reported once per table.");
    }

    @Override
    public void run(CheckContext ctx) {
        Template own = ctx.report().template();
        for (ReportTable t : ctx.report().tables()) {
            OtherFormats.Outdated o = OtherFormats.of(ctx.report(), t);
            if (o == null) {
                continue;
            }
            Word name = t.syntax().name();
            if (o.table() && name != null) {
                ctx.report(name.range(), describe(o.other(), own, "表" + Messages.quote(name.text())) + "；请改用本格式的表格");
                continue;
            }
            TableDef def = t.def();
            if (def == null) {
                continue; // an unknown table's name is all another format can explain (above)
            }
            List<String> names = new ArrayList<>();
            for (ColumnSlot c : o.columns()) {
                Word written = c.written();
                if (written != null) {
                    names.add("列" + Messages.quote(written.text()));
                }
            }
            o.rows().forEach(r -> names.add("行" + Messages.quote(r.syntax().label().text())));
            String expected = "";
            if (!o.columns().isEmpty()) {
                Set<ColumnDef> written = t.columns().stream().map(ColumnSlot::def).collect(Collectors.toSet());
                List<String> missing = def.columns().stream().filter(c -> !written.contains(c))
                        .map(c -> Messages.quote(c.label())).toList();
                expected = missing.isEmpty() ? "" : "，此表应有列" + String.join("、", missing);
            }
            Range range = !o.columns().isEmpty() ? t.syntax().headRange() : o.rows().get(0).syntax().label().range();
            ctx.report(range, "表" + Messages.quote(def.label()) + "的" + String.join("、", names)
                    + describe(o.other(), own, "") + expected + "；请改用本格式的表格");
        }
    }

    private static String describe(Template other, Template own, String what) {
        String years = other.lastYear() == Integer.MAX_VALUE ? other.firstYear() + " 年度起"
                : other.firstYear() + "—" + other.lastYear() + " 年度";
        return what + "属于" + Messages.quote(other.name()) + "（适用于" + years + "），本报告按" + Messages.quote(own.id())
                + "检查";
    }
}
