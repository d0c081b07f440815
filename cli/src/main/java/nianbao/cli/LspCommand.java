package nianbao.cli;

import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.jspecify.annotations.Nullable;

/** {@code nianbao lsp}: the language server on stdio, the same one as server/target/nianbao-server.jar. */
final class LspCommand implements Command {

    @Override
    public String name() {
        return "lsp";
    }

    @Override
    public Options options() {
        return StandardOptions.addTo(new Options());
    }

    @Override
    public @Nullable Parameters parameters() {
        return null;
    }

    @Override
    public Help help() {
        return new Help(List.of("在标准输入输出上启动语言服务器（Language Server Protocol），供编辑器使用。"), List.of());
    }

    @Override
    public int run(CommandLine line, PrintWriter out, PrintWriter err) {
        // The protocol owns stdout; the server moves stray prints to stderr when given System.out.
        return nianbao.server.Main.run(System.in, System.out);
    }
}
