package nianbao.core.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.core.model.Cell;
import nianbao.core.model.ReportRow;
import nianbao.core.model.ReportTable;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;

/** A table as rows of display cells (header rows, then body rows), ready for the page template. */
final class TableLayout {

    private TableLayout() {
    }

    static Map<String, Object> of(ReportTable t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", t.def().label());
        List<Map<String, Object>> head = new ArrayList<>();
        head.add(cell(t.def().rowHeader(), 1, 1));
        for (ColumnDef c : t.def().columns()) {
            head.add(cell(c.label() + (c.unit().isEmpty() || c.unit().equals("件") ? "" : "（单位：" + c.unit() + "）"), 1, 1));
        }
        m.put("head", List.of(Map.of("cells", head)));
        List<Map<String, Object>> body = new ArrayList<>();
        for (RowDef r : t.def().rows()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            cells.add(cell(r.label(), 1, 1));
            ReportRow written = t.rowsByDef().get(r);
            for (ColumnDef c : t.def().columns()) {
                cells.add(cell(r.heading() ? "" : text(t, written, c), 1, 1));
            }
            body.add(Map.of("cells", cells, "depth", r.depth()));
        }
        m.put("body", body);
        return m;
    }

    private static String text(ReportTable t, ReportRow written, ColumnDef c) {
        if (written == null) {
            ReportRow rest = t.rest();
            return rest == null || rest.cells().isEmpty() ? "" : display(rest.cells().get(0));
        }
        Cell cell = t.cell(written, c);
        return cell == null ? "" : display(cell);
    }

    private static String display(Cell c) {
        return switch (c.value().kind()) {
            case NUMBER -> c.value().number().toPlainString();
            case BLANK -> "";
            case INVALID -> c.word().text();
        };
    }

    private static Map<String, Object> cell(String text, int rowspan, int colspan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("rowspan", rowspan);
        m.put("colspan", colspan);
        return m;
    }
}
