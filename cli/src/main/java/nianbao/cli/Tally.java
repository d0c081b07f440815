package nianbao.cli;

import nianbao.core.Analysis;
import nianbao.core.diagnostic.Severity;

/** Counts of findings over all files of one run. */
final class Tally {

    int files;
    long errors;
    long warnings;
    long notes;

    void add(Analysis analysis) {
        files++;
        errors += analysis.count(Severity.ERROR);
        warnings += analysis.count(Severity.WARNING);
        notes += analysis.count(Severity.INFORMATION) + analysis.count(Severity.HINT);
    }

    /** The one-line Chinese summary printed after {@code check}; {@code unread} files could not be checked. */
    String summary(int unread) {
        String tail = unread == 0 ? "" : "另有 " + unread + " 处无法读取（见上）。";
        if (files == 0) {
            return "没有检查任何报告。" + tail;
        }
        String checked = "检查了 " + files + " 个报告";
        if (errors == 0 && warnings == 0 && notes == 0) {
            return checked + "，没有发现问题。" + tail;
        }
        String counts = errors + " 个错误，" + warnings + " 个警告" + (notes > 0 ? "，" + notes + " 条提示" : "");
        return checked + "：" + counts + "。" + tail;
    }
}
