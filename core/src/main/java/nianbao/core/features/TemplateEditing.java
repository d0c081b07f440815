package nianbao.core.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.Declared;
import nianbao.core.template.RowDef;
import nianbao.core.template.RuleDef;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateReader;
import nianbao.core.template.TemplateRegistry;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import nianbao.syntax.SourceText;

/**
 * Editor support for template files ({@code .nbt}): the outline of what the file declares,
 * completion of keywords and of template names after 继承, hover on keywords. Diagnostics are
 * the reader's ({@link TemplateReader.Result#diagnostics()}).
 */
public final class TemplateEditing {

    private TemplateEditing() {
    }

    /** Sections → tables → columns, rows and rules declared in this file (not in its bases). */
    public static List<OutlineSymbol> outline(TemplateReader.Result result) {
        Template t = result.template();
        List<OutlineSymbol> out = new ArrayList<>();
        for (SectionDef s : t.sections()) {
            List<OutlineSymbol> tables = new ArrayList<>();
            for (TableDef table : s.tables()) {
                List<OutlineSymbol> parts = new ArrayList<>();
                for (ColumnDef c : table.columns()) {
                    add(parts, t, c, OutlineSymbol.Kind.COLUMN, List.of());
                }
                for (RowDef r : table.rows()) {
                    add(parts, t, r, OutlineSymbol.Kind.ROW, List.of());
                }
                for (RuleDef rule : table.rules()) {
                    if (rule.templateId().equals(t.id()) && rule.declaredAt() != null) {
                        parts.add(new OutlineSymbol(rule.id(), rule.equation(), OutlineSymbol.Kind.RULE, rule.declaredAt(),
                                rule.declaredAt(), List.of()));
                    }
                }
                if (!add(tables, t, table, OutlineSymbol.Kind.TABLE, parts)) {
                    tables.addAll(parts);
                }
            }
            if (!add(out, t, s, OutlineSymbol.Kind.SECTION, tables)) {
                out.addAll(tables);
            }
        }
        return out;
    }

    /** Adds a symbol for a declaration of this file; false when it comes from a base template. */
    private static boolean add(List<OutlineSymbol> to, Template t, Declared d, OutlineSymbol.Kind kind,
            List<OutlineSymbol> children) {
        if (!d.templateId().equals(t.id()) || d.declaredAt() == null) {
            return false;
        }
        Range range = d.declaredAt();
        for (OutlineSymbol c : children) {
            if (c.range().end().compareTo(range.end()) > 0) {
                range = new Range(range.start(), c.range().end());
            }
        }
        to.add(new OutlineSymbol(d.id(), d.label(), kind, range, d.declaredAt(), List.copyOf(children)));
        return true;
    }

    /** Keywords at the start of a line; template names after 继承. */
    public static List<CompletionItem> completion(String text, Position caret) {
        SourceText source = new SourceText(text);
        if (caret.line() < 0 || caret.line() >= source.lineCount()) {
            return List.of();
        }
        String line = source.line(caret.line());
        int at = Math.min(caret.character(), line.length());
        String before = line.substring(0, at);
        String trimmed = before.stripLeading();
        int wordStart = at - trimmed.length();
        List<CompletionItem> items = new ArrayList<>();
        if (trimmed.startsWith("继承")) {
            int nameStart = before.indexOf("继承") + 2;
            while (nameStart < at && Character.isWhitespace(before.charAt(nameStart))) {
                nameStart++;
            }
            Range range = new Range(new Position(caret.line(), nameStart), new Position(caret.line(), at));
            int i = 0;
            for (String id : TemplateRegistry.builtIn().builtInIds()) {
                items.add(new CompletionItem(id, TemplateRegistry.builtIn().get(id).name(), id, id,
                        CompletionItem.Kind.TEMPLATE, String.format("%03d", i++), false, range));
            }
            return items;
        }
        if (trimmed.contains(" ") || trimmed.contains("\t") || trimmed.contains("\u3000")) {
            return List.of();
        }
        Range range = new Range(new Position(caret.line(), wordStart), new Position(caret.line(), at));
        int i = 0;
        for (var k : TemplateReader.KEYWORDS.entrySet()) {
            String filter = k.getKey() + " " + String.join(" ", Pinyin.spellings(k.getKey()));
            items.add(new CompletionItem(k.getKey(), k.getValue(), k.getKey() + " ", filter, CompletionItem.Kind.FIELD,
                    String.format("%03d", i++), false, range));
        }
        return items;
    }

    /** The description of the keyword under the caret. */
    public static Optional<HoverInfo> hover(String text, Position caret) {
        SourceText source = new SourceText(text);
        if (caret.line() < 0 || caret.line() >= source.lineCount()) {
            return Optional.empty();
        }
        String line = source.line(caret.line());
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        String word = line.substring(start, end);
        String doc = TemplateReader.KEYWORDS.get(word);
        if (doc == null || caret.character() < start || caret.character() > end) {
            return Optional.empty();
        }
        return Optional.of(new HoverInfo("**" + word + "**\n\n" + doc,
                new Range(new Position(caret.line(), start), new Position(caret.line(), end))));
    }
}
