package nianbao.importer;

import java.util.List;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;

/** What a mapped report lacks against its template: sections, tables, rows, columns. */
final class Completeness {

    /** Whether a template table was lost, and how many cells were read (for choosing the format). */
    record Tally(boolean tableLost, int cells) {
    }

    private Completeness() {
    }

    /**
     * @param reported tables already reported as unreadable ({@link ProblemId#TABLE_RUN_TOGETHER}):
     *                 lost, not reported again
     */
    static Tally check(Template template, MappedReport report, List<TableDef> reported, List<ImportProblem> problems) {
        for (SectionDef s : template.sections()) {
            MappedReport.Section found = report.sections.get(s);
            if (found == null) {
                problems.add(ImportProblem.error(ProblemId.SECTION_MISSING, SourcePosition.FILE,
                        "原文中没有找到第" + (s.order() + 1) + "部分「" + s.label() + "」"));
            } else if (found.headingMissing) {
                problems.add(ImportProblem.warning(ProblemId.SECTION_HEADING_MISSING, SourcePosition.FILE,
                        "原文中没有找到「" + s.label() + "」的标题，已按其中的表格补上"));
            }
        }
        boolean tableLost = false;
        int cells = 0;
        for (TableDef t : template.tables()) {
            MappedReport.Table mapped = report.tables.get(t);
            if (mapped == null || mapped.values.isEmpty()) {
                tableLost = true;
                if (reported.contains(t)) {
                    continue;
                }
                problems.add(ImportProblem.error(ProblemId.TABLE_LOST, mapped == null ? SourcePosition.FILE : mapped.at,
                        "「" + t.section().label() + "」的表「" + t.label() + "」" + (mapped == null ? "在原文中没有找到" : "没有读到数据")
                                + "，未导入"));
                continue;
            }
            cells += mapped.cellCount();
            for (RowDef r : t.valueRows()) {
                if (!mapped.values.containsKey(r)) {
                    problems.add(ImportProblem.error(ProblemId.ROW_MISSING, mapped.at,
                            "表「" + t.label() + "」缺少「" + r.label() + "」行"));
                }
            }
            for (ColumnDef c : t.columns()) {
                if (!mapped.columns.contains(c)) {
                    problems.add(ImportProblem.error(ProblemId.COLUMN_MISSING, mapped.at,
                            "表「" + t.label() + "」缺少「" + c.label() + "」列"));
                }
            }
        }
        return new Tally(tableLost, cells);
    }
}
