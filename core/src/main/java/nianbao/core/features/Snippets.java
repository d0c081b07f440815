package nianbao.core.features;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.core.skeleton.Skeleton;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;

/**
 * Skeleton text as LSP snippets: the editor's tab key then walks the places a clerk fills in
 * (each cell of a table, each empty header value).
 */
public final class Snippets {

    /** A cell holding the skeleton's 0: white space before it, white space or the line end after. */
    private static final Pattern ZERO_CELL = Pattern.compile("(?<=[ \\t])0(?=[ \\t]|$)", Pattern.MULTILINE);
    /** A header line with no value yet. */
    private static final Pattern EMPTY_FIELD = Pattern.compile("^([^\\s：:]+[：:])$", Pattern.MULTILINE);

    private Snippets() {
    }

    /** A whole table, every cell a tab stop holding 0. */
    public static String table(TableDef table) {
        return cellStops(escape(Skeleton.table(table)));
    }

    /**
     * A row of a table, laid out as the formatter lays out the table's lines, with one tab stop
     * per cell holding 0.
     *
     * @param widths the table's column widths ({@link Formatter#widths}), the label's first
     * @param cells  how many cells the row has
     */
    static String row(String label, int[] widths, int cells) {
        return cellStops(escape(Formatter.row(label, java.util.Collections.nCopies(cells, "0"), widths)));
    }

    private static String cellStops(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher m = ZERO_CELL.matcher(text);
        int stop = 0;
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement("${" + ++stop + ":0}"));
        }
        m.appendTail(sb);
        return sb.append("$0").toString();
    }

    /** A section heading with its standard text and its tables, every cell a tab stop holding 0. */
    public static String section(SectionDef section) {
        return cellStops(escape(Skeleton.section(section)));
    }

    /** A whole report, each empty header value a tab stop. */
    public static String report(Template template) {
        String text = escape(Skeleton.report(template, "", null));
        StringBuilder sb = new StringBuilder();
        Matcher m = EMPTY_FIELD.matcher(text);
        int stop = 0;
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "$" + ++stop));
        }
        m.appendTail(sb);
        return sb.append("$0").toString();
    }

    /** The plain text a snippet inserts once its tab stops hold their defaults. */
    public static String plainText(String snippet) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == '\\' && i + 1 < snippet.length()) {
                sb.append(snippet.charAt(++i));
            } else if (c == '$' && i + 1 < snippet.length() && snippet.charAt(i + 1) == '{') {
                int colon = snippet.indexOf(':', i);
                int close = snippet.indexOf('}', i);
                sb.append(colon >= 0 && colon < close ? snippet.substring(colon + 1, close) : "");
                i = close;
            } else if (c == '$' && i + 1 < snippet.length() && Character.isDigit(snippet.charAt(i + 1))) {
                while (i + 1 < snippet.length() && Character.isDigit(snippet.charAt(i + 1))) {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Characters that snippet syntax reserves. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
    }
}
