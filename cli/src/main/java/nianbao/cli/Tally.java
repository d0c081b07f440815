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
        add(analysis.diagnostics());
    }

    void add(java.util.List<nianbao.core.diagnostic.Diagnostic> findings) {
        files++;
        for (nianbao.core.diagnostic.Diagnostic d : findings) {
            switch (d.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                default -> notes++;
            }
        }
    }

    /** The one-line Chinese summary printed after {@code check}; {@code unread} files could not be checked. */
    String summary(int unread) {
        String tail = unread == 0 ? "" : "另有 " + unread + " 处无法读取（见上）。";
        if (files == 0) {
            return "没有检查任何文件。" + tail;
        }
        String checked = "检查了 " + files + " 个文件";
        if (errors == 0 && warnings == 0 && notes == 0) {
            return checked + "，没有发现问题。" + tail;
        }
        String counts = errors + " 个错误，" + warnings + " 个警告" + (notes > 0 ? "，" + notes + " 条提示" : "");
        return checked + "：" + counts + "。" + tail;
    }
}
