package nianbao.cli;

import java.util.List;
import nianbao.core.output.CheckedFile;
import nianbao.core.output.GithubOutput;
import nianbao.core.output.JunitOutput;
import nianbao.core.output.SarifOutput;

/** The formats of {@code check --format sarif|junit|github}, in a class of their own so text output never loads them. */
final class PipelineFormats {

    private PipelineFormats() {
    }

    static String render(String format, List<CheckedFile> files, boolean warningsFail) {
        return switch (format) {
            case "sarif" -> SarifOutput.render(files, Version.text().replaceFirst("^nianbao ", "")) + "\n";
            case "junit" -> JunitOutput.render(files, warningsFail);
            case "github" -> GithubOutput.render(files);
            default -> throw new IllegalArgumentException(format);
        };
    }
}
