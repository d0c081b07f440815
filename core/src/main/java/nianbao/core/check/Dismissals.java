package nianbao.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Report;
import nianbao.core.model.ReportTable;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import nianbao.syntax.SourceText;
import nianbao.syntax.Word;

/**
 * Findings a clerk dismisses in the file, with a reason:
 * {@code // 忽略 plausibility.rules-at-township：本镇上报的是规范性文件，已向县政务公开办说明}.
 *
 * <p>A comment on its own line dismisses findings of that id on the next line, or in the whole
 * table when the next line is a table head; at the end of a row, on that row. {@code balance.*}
 * dismisses every id that starts with {@code balance.}. Dismissed findings are kept, with the
 * reason, for reviewers ({@code --show-dismissed}, JSON). A dismissal without a reason dismisses
 * nothing; both it and a dismissal that matches nothing are warnings.
 */
public final class Dismissals {

    /** Ids of the findings this class makes, for the docs. */
    public static final List<String> IDS = List.of("dismissal.no-reason", "dismissal.unused");

    /** The form of a dismissal, compiled only for a comment that has 忽略 in it (BENCHMARKS.md). */
    private static final class Form {
        static final Pattern PATTERN = Pattern.compile("^//\\s*忽略\\s*([A-Za-z0-9_.*-]*)\\s*(?:[:：]\\s*(.*))?$");
    }

    private Dismissals() {
    }

    private record Dismissal(Word comment, String id, String reason, Range scope) {
        boolean covers(Diagnostic d) {
            boolean idMatches = id.endsWith("*") ? d.id().startsWith(id.substring(0, id.length() - 1)) : d.id().equals(id);
            return idMatches && d.file() == null && scope.contains(d.range().start());
        }
    }

    /** Marks dismissed findings and adds findings about the dismissals themselves. */
    public static List<Diagnostic> apply(Report report, List<Diagnostic> findings) {
        List<Dismissal> dismissals = new ArrayList<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Word c : report.syntax().comments()) {
            String text = c.text().strip();
            if (!text.contains("忽略")) {
                continue;
            }
            Matcher m = Form.PATTERN.matcher(text);
            if (!m.matches()) {
                continue;
            }
            String id = m.group(1);
            String reason = m.group(2) == null ? "" : m.group(2).strip();
            if (id.isEmpty() || reason.isEmpty()) {
                out.add(new Diagnostic("dismissal.no-reason", Severity.WARNING, c.range(),
                        "忽略某项检查时要写明检查标识和理由，如：// 忽略 plausibility.rules-at-township：理由"));
                continue;
            }
            dismissals.add(new Dismissal(c, id, reason, scope(report, c)));
        }
        boolean[] used = new boolean[dismissals.size()];
        for (Diagnostic d : findings) {
            Diagnostic result = d;
            for (int i = 0; i < dismissals.size(); i++) {
                if (dismissals.get(i).covers(d)) {
                    used[i] = true;
                    result = d.dismissed(dismissals.get(i).reason());
                    break;
                }
            }
            out.add(result);
        }
        for (int i = 0; i < dismissals.size(); i++) {
            if (!used[i]) {
                Dismissal x = dismissals.get(i);
                out.add(new Diagnostic("dismissal.unused", Severity.WARNING, x.comment().range(),
                        "这条“忽略 " + x.id() + "”没有对应的检查结果，可以删除"));
            }
        }
        return out;
    }

    /** The range a dismissal comment covers. */
    private static Range scope(Report report, Word comment) {
        SourceText source = report.syntax().source();
        int line = comment.range().start().line();
        String before = source.line(line).substring(0, Math.min(comment.range().start().character(), source.line(line).length()));
        if (!before.isBlank()) {
            return new Range(new Position(line, 0), new Position(line, source.line(line).length()));
        }
        for (int l = line + 1; l < source.lineCount(); l++) {
            String text = source.line(l).strip();
            if (text.isEmpty() || text.startsWith("//")) {
                continue;
            }
            for (ReportTable t : report.tables()) {
                if (t.syntax().headRange().start().line() == l) {
                    return new Range(new Position(l, 0), t.syntax().range().end());
                }
            }
            return new Range(new Position(l, 0), new Position(l, source.line(l).length()));
        }
        return comment.range();
    }
}
