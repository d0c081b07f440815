package nianbao.core.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.model.ReportSection;
import nianbao.core.template.SectionDef;
import nianbao.syntax.Range;

/** After {@code #}: the sections not yet present, and each with all its tables as a snippet. */
final class SectionCompletion {

    private SectionCompletion() {
    }

    static List<CompletionItem> items(CompletionCaret c) {
        String text = c.text();
        int marks = c.indent();
        while (marks < text.length() && text.charAt(marks) == '#') {
            marks++;
        }
        if (marks - c.indent() != 1) {
            return List.of();
        }
        int start = marks;
        while (start < text.length() && Locations.isSpace(text.charAt(start))) {
            start++;
        }
        String space = start == marks ? " " : "";
        Set<SectionDef> present = new HashSet<>();
        for (ReportSection s : c.report().sections()) {
            if (s.def() != null && s.syntax().headingRange().start().line() != c.line()) {
                present.add(s.def());
            }
        }
        Range range = c.range(start, Math.max(start, Locations.contentEnd(text)));
        List<CompletionItem> out = new ArrayList<>();
        List<SectionDef> sections = c.report().template().sections();
        for (int i = 0; i < sections.size(); i++) {
            SectionDef s = sections.get(i);
            if (present.contains(s)) {
                continue;
            }
            out.add(new CompletionItem(s.label(), s.proseOnly() ? "正文" : s.tables().size() + " 张表",
                    space + s.label(), Completion.filterText("", s.names()), CompletionItem.Kind.SECTION,
                    Completion.sortText(i), false, range));
            if (!s.tables().isEmpty() && text.substring(c.caret()).isBlank()) {
                // The heading and every table of the section; the '#' is typed already.
                String snippet = Snippets.section(s).substring(1).stripLeading();
                out.add(new CompletionItem(s.label() + " 及全部表格", s.tables().size() + " 张表，各项为 0",
                        space + snippet, Completion.filterText("", s.names()), CompletionItem.Kind.SNIPPET,
                        Completion.sortText(1000 + i), true, range));
            }
        }
        return out;
    }
}
