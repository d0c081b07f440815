package nianbao.importer;

import java.util.List;
import java.util.regex.Pattern;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.text.Names;

/**
 * Tells which lines of a report are section headings or table titles, by the template's names
 * and aliases, or by their ordinal when a report words a heading its own way; and makes prose
 * lines safe for the report language.
 */
final class SectionHeadings {

    static final int LONGEST_HEADING = 50;
    /** Bars and spaces at either end of a line: what a table cell copied out of a page keeps around its text. */
    private static final Pattern BARS = Pattern.compile("^[|\\s\u00A0\u3000]+|[|\\s\u00A0\u3000]+$");

    private final Template template;
    private final List<ImportProblem> problems;

    SectionHeadings(Template template, List<ImportProblem> problems) {
        this.template = template;
        this.problems = problems;
    }

    /**
     * The section a line is the heading of, or null when it is prose.
     *
     * @param styled true when the file marks the line as a heading
     * @param after  the order of the section the line stands in (-1 before the first)
     */
    SectionDef heading(String text, boolean styled, SourcePosition at, int after) {
        if (text.contains("。") || text.codePointCount(0, text.length()) > LONGEST_HEADING) {
            return null;
        }
        if (TextRow.of(new SourceDocument.Line(text, at)).isRow()) {
            return null; // 四、结转下年度继续办理 0 0 0: a table row, not section 四
        }
        int ordinal = Labels.sectionOrdinal(text);
        Labels.Match<SectionDef> match = Labels.find(template.sectionIndex(), text);
        if (match != null && !match.guessed()) {
            SectionDef s = match.thing();
            boolean numbered = ordinal == s.order() + 1;
            // Unnumbered, only the official label or a line the file styles as a heading (Word
            // numbers headings itself): （一）主动公开情况 inside 一 is not section 二.
            boolean unnumbered = ordinal == 0 && !text.startsWith("（") && !text.startsWith("(");
            boolean official = unnumbered && (styled || Labels.same(text, s.label()));
            return s.order() > after && (numbered || official) ? s : null;
        }
        if (ordinal - 1 <= after || ordinal - 1 >= template.sections().size()) {
            return null;
        }
        SectionDef s = template.sections().get(ordinal - 1);
        String written = Names.normalize(Labels.oneLine(text));
        boolean mentions = (match != null && match.thing() == s)
                || s.names().stream().map(Names::normalize).anyMatch(n -> n.length() >= 4 && written.contains(n));
        if (!mentions) {
            return null;
        }
        problems.add(ImportProblem.warning(ProblemId.HEADING_RENAMED, at, "标题「" + text + "」按「" + s.label() + "」导入"));
        return s;
    }

    /** The template table a line names (第二十条第（一）项) when it introduces one in a section that has tables. */
    TableDef tableTitle(String text, SectionDef in) {
        // A title cell copied out of a page's table keeps the bars around it: 第二十条第(六)项 | ||||
        String title = BARS.matcher(text).replaceAll("");
        if (in.tables().isEmpty() || title.contains("。") || title.length() > LONGEST_HEADING) {
            return null;
        }
        Labels.Match<TableDef> m = Labels.find(template.tableIndex(), title);
        return m != null && !m.guessed() ? m.thing() : null;
    }

    /** A prose line, with a first character the report language would read as markup made full-width. */
    MappedReport.Prose prose(String text, SourcePosition at) {
        String safe = text;
        if (text.startsWith("#")) {
            safe = "＃" + text.substring(1);
        } else if (text.startsWith("[") || text.startsWith("【")) {
            safe = "［" + text.substring(1);
        } else if (text.startsWith("//")) {
            safe = "／" + text.substring(1);
        }
        if (!safe.equals(text)) {
            problems.add(ImportProblem.warning(ProblemId.MARKUP_ESCAPED, at,
                    "段落开头的「" + text.charAt(0) + "」会被读成标记，已改为全角「" + safe.charAt(0) + "」"));
        }
        return new MappedReport.Prose(safe);
    }
}
