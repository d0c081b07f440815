package nianbao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.text.DisplayWidth;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The text of {@code --help}. Our own rather than Commons CLI's HelpFormatter, which measures
 * text in chars: a Chinese character takes two columns, so its columns and line breaks would be off.
 */
final class HelpText {

    /** Lines are wrapped to this display width. */
    static final int WIDTH = 80;
    /** A name column wider than this puts the description on the next line. */
    private static final int MAX_NAME_COLUMN = 30;

    private HelpText() {
    }

    static void printMain(PrintWriter out, List<Command> commands) {
        out.println("用法：nianbao 命令 [选项] [参数…]");
        out.println();
        out.println("检查和发布政府信息公开工作年度报告（.nianbao 文件）。");
        out.println();
        out.println("命令：");
        List<String[]> rows = new ArrayList<>();
        for (Command command : commands) {
            rows.add(new String[] {"  " + command.name(), command.help().description().get(0)});
        }
        printTable(out, rows);
        out.println();
        printOptions(out, StandardOptions.addTo(new Options()));
        out.println();
        out.println("运行 “nianbao 命令 --help” 查看某个命令的用法，例如 nianbao check --help。");
        out.flush();
    }

    static void print(PrintWriter out, Command command) {
        Options options = command.options();
        Command.Parameters parameters = command.parameters();
        Command.Help help = command.help();

        String head = "用法：nianbao " + command.name() + " ";
        StringBuilder synopsis = new StringBuilder("[选项]");
        for (Option option : options.getOptions()) {
            if (option.isRequired()) {
                synopsis.append(' ').append(nameWithValue(option));
            }
        }
        if (parameters != null) {
            synopsis.append(' ').append(parameters.label()).append('…');
        }
        printIndented(out, head, synopsis.toString());

        out.println();
        for (String paragraph : help.description()) {
            printIndented(out, "", paragraph);
        }
        if (parameters != null) {
            out.println();
            out.println("参数：");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"  " + parameters.label() + "…", parameters.description()});
            printTable(out, rows);
        }
        out.println();
        printOptions(out, options);
        if (!help.exitStatuses().isEmpty()) {
            out.println();
            out.println("退出状态：");
            List<String[]> rows = new ArrayList<>();
            for (String status : help.exitStatuses()) {
                int colon = status.indexOf(':');
                rows.add(new String[] {"  " + status.substring(0, colon), status.substring(colon + 1)});
            }
            printTable(out, rows);
        }
        out.flush();
    }

    /** {@code -o, --output=DIR} (the short name first when there is one, aligned when there is not). */
    private static void printOptions(PrintWriter out, Options options) {
        out.println("选项：");
        List<String[]> rows = new ArrayList<>();
        for (Option option : options.getOptions()) {
            String shortName = option.getOpt() != null && option.getLongOpt() != null ? "-" + option.getOpt() + ", " : "    ";
            rows.add(new String[] {"  " + shortName + nameWithValue(option), option.getDescription()});
        }
        printTable(out, rows);
    }

    private static String nameWithValue(Option option) {
        return StandardOptions.nameOf(option) + (option.hasArg() ? "=" + option.getArgName() : "");
    }

    /** Two columns: names, then descriptions wrapped beside them. */
    private static void printTable(PrintWriter out, List<String[]> rows) {
        int column = 0;
        for (String[] row : rows) {
            int width = DisplayWidth.of(row[0]);
            if (width <= MAX_NAME_COLUMN) {
                column = Math.max(column, width);
            }
        }
        column += 3;
        String indent = " ".repeat(column);
        for (String[] row : rows) {
            List<String> lines = wrap(row[1], WIDTH - column);
            if (DisplayWidth.of(row[0]) + 1 > column) {
                out.println(row[0]);
                out.println(indent + lines.get(0));
            } else {
                out.println(DisplayWidth.pad(row[0], column) + lines.get(0));
            }
            for (int i = 1; i < lines.size(); i++) {
                out.println(indent + lines.get(i));
            }
        }
    }

    /** {@code first} then {@code text}, its continuation lines indented to the width of {@code first}. */
    private static void printIndented(PrintWriter out, String first, String text) {
        int width = DisplayWidth.of(first);
        List<String> lines = wrap(text, WIDTH - width);
        out.println(first + lines.get(0));
        String indent = " ".repeat(width);
        for (int i = 1; i < lines.size(); i++) {
            out.println(indent + lines.get(i));
        }
    }

    /**
     * Breaks text into lines of at most {@code width} columns: between Chinese characters, or at
     * spaces between other words; never before a closing mark (，。）) or after an opening one (（“).
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            if (start == text.length()) {
                break;
            }
            int end = unitEnd(text, start);
            String gap = line.length() == 0 ? "" : text.substring(i, start);
            String unit = text.substring(start, end);
            int unitWidth = DisplayWidth.of(unit);
            if (line.length() > 0 && lineWidth + gap.length() + unitWidth > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
                gap = "";
            }
            line.append(gap).append(unit);
            lineWidth += gap.length() + unitWidth;
            i = end;
        }
        lines.add(line.toString());
        return lines;
    }

    /** The end of the unbreakable piece starting at {@code start}. */
    private static int unitEnd(String text, int start) {
        int c = text.codePointAt(start);
        int end = start + Character.charCount(c);
        if ((OPENING.indexOf(c) >= 0 && end < text.length() && text.charAt(end) != ' ')
                || (DisplayWidth.of(Character.toString(c)) == 2 && end < text.length() && text.charAt(end) == '.')) {
            // An opening mark stays with what it opens; 原名.nianbao stays one word.
            end = unitEnd(text, end);
        } else if (DisplayWidth.of(Character.toString(c)) == 1 && CLOSING.indexOf(c) < 0) {
            while (end < text.length()) {
                int next = text.codePointAt(end);
                if (next == ' ' || DisplayWidth.of(Character.toString(next)) == 2 || OPENING.indexOf(next) >= 0) {
                    break;
                }
                end += Character.charCount(next);
            }
        }
        while (end < text.length() && CLOSING.indexOf(text.codePointAt(end)) >= 0) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static final String OPENING = "（“‘《「【";
    private static final String CLOSING = "，。、；：！？）”’》」】…";
}
