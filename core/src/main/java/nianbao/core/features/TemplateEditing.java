package nianbao.core.features;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.Declared;
import nianbao.core.template.RowDef;
import nianbao.core.template.RuleDef;
import nianbao.core.template.RuleWord;
import nianbao.core.template.SectionDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateReader;
import nianbao.core.template.TemplateRegistry;
import nianbao.syntax.Position;
import nianbao.syntax.Range;
import nianbao.syntax.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * Editor support for template files ({@code .nbt}): the outline of what the file declares,
 * completion of keywords, of template names after 继承, of a rule's words (每行, 每列, 警告) and
 * of the ids its terms may name, hover on keywords. Diagnostics are
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

    /**
     * Completion in a template file read on its own, its bases found among the built-in templates.
     * The server passes the document as it reads it ({@link #completion(TemplateReader.Result, String, Position)}).
     */
    public static List<CompletionItem> completion(String text, Position caret) {
        return completion(TemplateReader.read(text, "untitled.nbt", TemplateEditing::builtInBase), text, caret);
    }

    private static TemplateReader.BaseLoader.@Nullable Loaded builtInBase(String reference, String fromSource) {
        String base = TemplateRegistry.builtIn().text(reference.strip());
        return base == null ? null : new TemplateReader.BaseLoader.Loaded(base, "builtin:" + reference.strip());
    }

    /**
     * Keywords at the start of a line; template names after 继承; after a 规则's id, the words
     * before its colon; in the equation of a 规则, the
     * ids its terms may name (columns for 每行, rows and {@code x.*} for 每列, {@code 上年.x}),
     * taken from the table the rule is under as {@code read} resolved it, inherited parts included.
     */
    public static List<CompletionItem> completion(TemplateReader.Result read, String text, Position caret) {
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
        if (RULE_START.matcher(trimmed).lookingAt()) {
            int colon = Math.max(before.indexOf('：'), before.indexOf(':'));
            return colon < 0 ? ruleWords(caret.line(), before) : ruleTerms(read.template(), source, caret.line(), before, colon);
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

    private static final Pattern RULE_START = Pattern.compile("规则[ \\t\\u3000]");
    private static final Pattern TABLE_LINE = Pattern.compile("表[ \\t\\u3000]+(\\S+)");

    /**
     * Between a rule's id and its colon, the words the reader takes there ({@link RuleWord}) but
     * those already written, and no second scope. Nothing for the id itself: it is the author's.
     */
    private static List<CompletionItem> ruleWords(int lineIndex, String before) {
        int wordStart = before.length();
        while (wordStart > 0 && !Character.isWhitespace(before.charAt(wordStart - 1))) {
            wordStart--;
        }
        // 规则, the id, then the words written so far
        List<String> written = List.of(before.substring(0, wordStart).strip().split("[\\s\\u3000]+"));
        if (written.size() < 2) {
            return List.of();
        }
        Set<RuleWord> present = EnumSet.noneOf(RuleWord.class);
        written.subList(2, written.size()).forEach(w -> RuleWord.of(w).ifPresent(present::add));
        boolean scoped = present.stream().anyMatch(w -> w.scope() != null);
        Range range = new Range(new Position(lineIndex, wordStart), new Position(lineIndex, before.length()));
        List<CompletionItem> items = new ArrayList<>();
        for (RuleWord w : RuleWord.values()) {
            if (present.contains(w) || (scoped && w.scope() != null)) {
                continue;
            }
            String filter = w.text() + " " + String.join(" ", Pinyin.spellings(w.text()));
            items.add(new CompletionItem(w.text(), w.meaning(), w.text(), filter, CompletionItem.Kind.FIELD,
                    String.format("%03d", items.size()), false, range));
        }
        return items;
    }

    /** The terms a rule's equation may name, for the word before the caret (after the colon). */
    private static List<CompletionItem> ruleTerms(Template template, SourceText source, int lineIndex, String before, int colon) {
        String scope = before.substring(0, colon);
        boolean eachRow = scope.contains(RuleWord.EACH_ROW.text());
        boolean eachColumn = scope.contains(RuleWord.EACH_COLUMN.text());
        TableDef table = enclosingTable(template, source, lineIndex);
        if (table == null || eachRow == eachColumn) {
            return List.of();
        }
        int wordStart = before.length();
        while (wordStart > colon + 1 && !Character.isWhitespace(before.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = before.substring(wordStart);
        // 上年.x names x in last year's report; offered once the author starts typing 上.
        String prefix = !word.isEmpty() && TemplateReader.LAST_YEAR_PREFIX.startsWith(word.substring(0, 1))
                ? TemplateReader.LAST_YEAR_PREFIX : "";
        Range range = new Range(new Position(lineIndex, wordStart), new Position(lineIndex, before.length()));
        List<CompletionItem> items = new ArrayList<>();
        if (eachRow) {
            for (ColumnDef c : table.columns()) {
                items.add(term(prefix + c.id(), c, CompletionItem.Kind.COLUMN, items.size(), range));
            }
        } else {
            for (RowDef r : table.rows()) {
                if (r.holdsValues()) {
                    items.add(term(prefix + r.id(), r, CompletionItem.Kind.ROW, items.size(), range));
                } else if (prefix.isEmpty()) {
                    items.add(term(r.id() + ".*", r, CompletionItem.Kind.ROW, items.size(), range));
                }
            }
        }
        if (prefix.isEmpty()) {
            items.add(new CompletionItem(TemplateReader.LAST_YEAR_PREFIX, "上年报告中的值（跨年规则）",
                    TemplateReader.LAST_YEAR_PREFIX, TemplateReader.LAST_YEAR_PREFIX + " shangnian sn",
                    CompletionItem.Kind.FIELD, String.format("%03d", items.size()), false, range));
        }
        return items;
    }

    private static CompletionItem term(String name, Declared d, CompletionItem.Kind kind, int order, Range range) {
        String filter = name + " " + d.label() + " " + String.join(" ", Pinyin.spellings(d.label()));
        return new CompletionItem(name, d.label(), name, filter, kind, String.format("%03d", order), false, range);
    }

    /** The table a line is declared under: the nearest less indented line above, when it is a 表 line. */
    private static @Nullable TableDef enclosingTable(Template template, SourceText source, int lineIndex) {
        int indent = indent(source.line(lineIndex));
        for (int i = lineIndex - 1; i >= 0; i--) {
            String above = source.line(i);
            String content = above.strip();
            if (content.isEmpty() || content.startsWith("//") || indent(above) >= indent) {
                continue;
            }
            Matcher m = TABLE_LINE.matcher(content);
            if (!m.lookingAt()) {
                return null;
            }
            return template.tables().stream().filter(t -> t.id().equals(m.group(1))).findFirst().orElse(null);
        }
        return null;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
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
