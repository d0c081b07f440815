package nianbao.core.features;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.PreviousReports;
import nianbao.core.model.Report;
import nianbao.core.model.ReportBinder;
import nianbao.core.template.FieldDef;
import nianbao.core.text.Names;
import org.jspecify.annotations.Nullable;

/**
 * Document links: the header values that name files become links to them: {@code 模板：} when it
 * names a template file, {@code 上年报告：} when last year's report was found there. The files are
 * the ones the analysis read (resolved relative to the report, within the workspace, as
 * {@code nianbao check} resolves them), so a link never points where the checker did not look;
 * a value naming no file that exists gets no link (its finding says why).
 */
public final class DocumentLinks {

    private DocumentLinks() {
    }

    public static List<FileLink> of(Analysis analysis) {
        Report report = analysis.report();
        List<FileLink> out = new ArrayList<>();
        for (HeaderEntry h : report.header()) {
            if (h.value() == null || h.value().text().isEmpty()) {
                continue;
            }
            Path file = null;
            String tooltip = ""; // set wherever a file is
            if (h.def() != null && h.def().kind() == FieldDef.Kind.PREVIOUS_REPORT) {
                PreviousReports.Lookup last = analysis.previous();
                file = last.report() == null ? null : path(last.source());
                tooltip = "打开上年报告";
            } else if (report.templateStated() && Names.normalize(h.key().text()).equals(ReportBinder.TEMPLATE_FIELD)) {
                String source = report.template().source();
                file = source == null || source.startsWith("builtin:") ? null : path(source);
                tooltip = "打开模板文件";
            }
            if (file != null && Files.isRegularFile(file)) {
                out.add(new FileLink(h.value().range(), file, tooltip));
            }
        }
        return List.copyOf(out);
    }

    private static @Nullable Path path(@Nullable String source) {
        if (source == null) {
            return null;
        }
        try {
            return Path.of(source).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
