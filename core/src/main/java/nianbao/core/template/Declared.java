package nianbao.core.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import nianbao.core.text.NameIndex;
import nianbao.core.text.Names;
import nianbao.syntax.Range;

/**
 * Something a template declares: an id, an official label, aliases, a description, and where
 * the declaration stands (for go-to-definition and for diagnostics in the template).
 */
public abstract class Declared {

    private final String id;
    private final String label;
    private final List<String> aliases = new ArrayList<>();
    private String description = "";
    private final List<String> formerIds = new ArrayList<>();
    private final String templateId;
    private final Range declaredAt;

    Declared(String id, String label, String templateId, Range declaredAt) {
        this.id = id;
        this.label = label;
        this.templateId = templateId;
        this.declaredAt = declaredAt;
    }

    public String id() {
        return id;
    }

    /** The official label, as the national format prints it. */
    public String label() {
        return label;
    }

    /**
     * The name a clerk types and messages use: the official label without its ordinal prefix
     * when that is short (予以公开, 总计), else the first alias (部分公开 for the long label).
     */
    public String shortName() {
        String bare = label.substring(Names.ordinalPrefix(label).length()).strip();
        if (bare.codePointCount(0, bare.length()) < 3) {
            bare = label; // （七）总计 and 3.其他 need their ordinal to read unambiguously
        }
        if (bare.codePointCount(0, bare.length()) <= SHORT || aliases.isEmpty()) {
            return bare;
        }
        return aliases.get(0);
    }

    /** Labels up to this many characters are short enough to be written as they are. */
    private static final int SHORT = 8;

    public List<String> aliases() {
        return List.copyOf(aliases);
    }

    /**
     * An index of declared things by their names. Its functions are classes, not lambdas: a short
     * {@code nianbao check} links every lambda it meets at run time, which no class data sharing
     * archive saves (BENCHMARKS.md).
     */
    static <T extends Declared> NameIndex<T> index(Collection<T> things) {
        return new NameIndex<>(things, LABEL, NAMES);
    }

    private static final Function<Declared, String> LABEL = new Function<>() {
        @Override
        public String apply(Declared d) {
            return d.label();
        }
    };

    private static final Function<Declared, List<String>> NAMES = new Function<>() {
        @Override
        public List<String> apply(Declared d) {
            return d.names();
        }
    };

    /** The official label followed by the aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(label);
        names.addAll(aliases);
        return names;
    }

    public String description() {
        return description;
    }

    /** The id of the template whose file holds this declaration. */
    public String templateId() {
        return templateId;
    }

    public Range declaredAt() {
        return declaredAt;
    }

    void addAliases(List<String> more) {
        for (String a : more) {
            if (!aliases.contains(a)) {
                aliases.add(a);
            }
        }
    }

    /**
     * The ids the same row or column had in earlier formats (曾用标识), by which a report is
     * compared with last year's report in another format; empty for most.
     */
    public List<String> formerIds() {
        return List.copyOf(formerIds);
    }

    void addFormerIds(List<String> more) {
        for (String f : more) {
            if (!formerIds.contains(f)) {
                formerIds.add(f);
            }
        }
    }

    void setDescription(String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + id + ")";
    }
}
