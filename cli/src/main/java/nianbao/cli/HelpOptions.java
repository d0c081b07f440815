package nianbao.cli;

import picocli.CommandLine.Option;

/** {@code --help} and {@code --version} with Chinese descriptions (picocli's built-in ones are English). */
final class HelpOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本帮助并退出")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本号并退出")
    boolean version;
}
