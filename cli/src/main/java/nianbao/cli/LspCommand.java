package nianbao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nianbao lsp}: the language server on stdio, the same one as server/target/nianbao-server.jar. */
@Command(name = "lsp",
        versionProvider = Version.class,
        description = {"在标准输入输出上启动语言服务器（Language Server Protocol），供编辑器使用。"},
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n")
final class LspCommand implements Callable<Integer> {

    @Mixin
    HelpOptions helpOptions;

    @Override
    public Integer call() {
        // The protocol owns stdout; the server moves stray prints to stderr when given System.out.
        return nianbao.server.Main.run(System.in, System.out);
    }
}
