package nianbao.core.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nianbao.core.diagnostic.Diagnostics;
import nianbao.core.diagnostic.Severity;
import nianbao.syntax.Range;
import nianbao.syntax.Word;

/**
 * Reads a template file into a {@link Template}. Each line is a keyword and its words; a line
 * belongs to the nearest line above it that is indented less. Problems become diagnostics in
 * the template file; what could be read is kept.
 *
 * <p>The keywords, what each declares and which reader handles it are listed once, in
 * {@link TemplateKeyword}; the readers are grouped by family ({@link HeaderDeclarations},
 * {@link FieldDeclarations}, {@link StructureDeclarations}, {@link WordingDeclarations},
 * {@link RuleDeclarations}, {@link NoteDeclarations}) and share one {@link ReadContext} per file.
 * This class reads a file and the templates it extends.
 *
 * <p>In a template that extends another, a declaration whose id already exists reopens it
 * (to add aliases, rows, columns, rules or boilerplate); the first 样板 of a reopened section
 * replaces the inherited boilerplate. Nothing inherited can be removed, and a rule id that
 * already exists in a table cannot be declared again, so a national rule cannot be dropped or
 * weakened by a local template.
 */
public final class TemplateReader {

    /** Every keyword of the template language with what it declares (for completion and hover), from {@link TemplateKeyword}. */
    public static final Map<String, String> KEYWORDS = Arrays.stream(TemplateKeyword.values())
            .collect(Collectors.collectingAndThen(Collectors.toMap(TemplateKeyword::text, TemplateKeyword::help,
                    (a, b) -> a, LinkedHashMap::new), java.util.Collections::unmodifiableMap));

    /** A rule term written {@code 上年.x} stands for x in last year's report. */
    public static final String LAST_YEAR_PREFIX = "上年.";

    /** Limit on nested 继承, so that a long chain cannot exhaust the stack. */
    static final int MAX_DEPTH = 16;

    /** Finds the text of a template named after 继承, relative to the file that names it. */
    public interface BaseLoader {
        /** @return the base template's text and where it came from, or null if not found */
        Loaded load(String reference, String fromSource);

        record Loaded(String text, String source) {
        }
    }

    /** The outcome: the template (never null) and the problems found in its file. */
    public record Result(Template template, Diagnostics diagnostics) {
    }

    private final Template template;
    private final BaseLoader bases;
    private final Deque<String> reading = new ArrayDeque<>();

    private TemplateReader(String source, BaseLoader bases) {
        this.template = new Template(fallbackId(source), source);
        this.bases = bases;
    }

    /** Reads a template's text; {@code source} names where it came from (a path or resource). */
    public static Result read(String text, String source) {
        return read(text, source, null);
    }

    /** Reads a template that may extend others, found through {@code bases}. */
    public static Result read(String text, String source, BaseLoader bases) {
        TemplateReader reader = new TemplateReader(source, bases);
        Diagnostics diagnostics = new Diagnostics();
        reader.reading.push(source);
        new ReadContext(reader, reader.template, source, true, diagnostics).read(text);
        // A template whose base could not be read is empty for that reason alone: one finding per cause.
        boolean baseFailed = diagnostics.all().stream().anyMatch(d -> d.id().equals(TemplateProblem.BASE_UNKNOWN.id())
                || d.id().equals(TemplateProblem.CYCLE.id()));
        if (reader.template.sections().isEmpty() && !baseFailed) {
            diagnostics.error(TemplateProblem.EMPTY.id(), Range.of(0, 0, 0, 0), "模板没有声明任何章节");
        }
        return new Result(reader.template, diagnostics);
    }

    /** Reads a base template into this one, before the rest of the extending file. */
    void extend(Word reference, ReadContext from) {
        if (bases == null) {
            from.diagnostics.error(TemplateProblem.BASE_UNKNOWN.id(), reference.range(), "找不到被继承的模板" + ReadContext.quote(reference.text()));
            return;
        }
        BaseLoader.Loaded loaded = bases.load(reference.text(), from.source);
        if (loaded == null) {
            from.diagnostics.error(TemplateProblem.BASE_UNKNOWN.id(), reference.range(), "找不到被继承的模板" + ReadContext.quote(reference.text()));
            return;
        }
        if (reading.contains(loaded.source())) {
            from.diagnostics.error(TemplateProblem.CYCLE.id(), reference.range(), "模板循环继承：" + String.join(" → ", reversed())
                    + " → " + fileName(loaded.source()));
            return;
        }
        if (reading.size() >= MAX_DEPTH) {
            from.diagnostics.error(TemplateProblem.CYCLE.id(), reference.range(), "模板继承层数超过 " + MAX_DEPTH + " 层");
            return;
        }
        reading.push(loaded.source());
        int nearest = template.ancestors().size();
        Diagnostics baseProblems = new Diagnostics();
        ReadContext base = new ReadContext(this, template, loaded.source(), false, baseProblems);
        base.read(loaded.text());
        reading.pop();
        template.addAncestor(nearest, base.fileId);
        long errors = baseProblems.all().stream().filter(x -> x.severity() == Severity.ERROR).count();
        if (errors > 0) {
            from.diagnostics.error(TemplateProblem.BASE_PROBLEM.id(), reference.range(), "被继承的模板" + ReadContext.quote(reference.text())
                    + "有 " + errors + " 处错误（" + baseProblems.all().get(0).message() + "）");
        }
    }

    /** The chain of templates being read, outermost first, by file name (a clerk's folder paths say nothing). */
    private List<String> reversed() {
        List<String> out = new ArrayList<>();
        for (String source : reading) {
            out.add(0, fileName(source));
        }
        return out;
    }

    private static String fileName(String source) {
        String name = source.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    static String fallbackId(String source) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.startsWith("builtin:")) {
            name = name.substring("builtin:".length());
        }
        return name.endsWith(".nbt") ? name.substring(0, name.length() - 4) : name;
    }
}
