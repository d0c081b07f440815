package nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.importer.SourceDocument.Cell;
import nianbao.importer.SourceDocument.Table;

/** Finds which template table each part of a published table is: by a title row, or by the names its labels use. */
final class TableLocator {

    /** Rows of a source table under one template table; {@code def} is null when no title row named it. */
    record Segment(TableDef def, List<List<Cell>> rows, SourcePosition at) {
    }

    private final Template template;

    TableLocator(Template template) {
        this.template = template;
    }

    /** Splits a source table at rows that only name a table (one Word table often holds all of section 二). */
    List<Segment> segments(Table table) {
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

    /**
     * The template table whose row and column names the rows use most; on a tie, one of the
     * section the table stands in ({@code in}, null before the first section); null when none or
     * several fit.
     */
    TableDef identify(List<List<Cell>> rows, SectionDef in) {
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
        if (best.size() > 1 && in != null) {
            best.retainAll(in.tables());
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

    /** The problem for a segment no template table fits, or null when it holds no text at all. */
    ImportProblem unknown(Segment segment) {
        String first = segment.rows().stream().flatMap(List::stream).filter(c -> !c.isBlank())
                .map(c -> Labels.oneLine(c.text())).findFirst().orElse("");
        if (first.isEmpty()) {
            return null;
        }
        return ImportProblem.error(ProblemId.TABLE_UNKNOWN, segment.at(),
                "无法识别的表格（第一格「" + first + "」），不是「" + template.id() + "」格式的任何一张表，未导入");
    }
}
