package nianbao.core.template;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a printed report is set: fonts and sizes per part of the document (the title, the body,
 * the two levels of headings, the tables), declared in a template by {@code 版式} lines, so a
 * county can change what the national templates declare (GB/T 9704 for official documents).
 * A later declaration overrides an earlier one attribute by attribute, so a template that
 * extends another changes only what it names. A part with nothing declared takes the body's
 * setting; the Word output is the only reader today.
 */
public final class Typography {

    /** A part of the document, by its name in the template. */
    public enum Part {
        TITLE("标题"), BODY("正文"), HEADING1("一级标题"), HEADING2("二级标题"), TABLE("表格");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Part of(String label) {
            for (Part p : values()) {
                if (p.label.equals(label)) {
                    return p;
                }
            }
            return null;
        }
    }

    /**
     * The setting of one part.
     *
     * @param fonts  font names in order of preference (the first the printer has is used); empty if not declared
     * @param points the size in points, or 0 if not declared
     * @param bold   whether the part is set in bold
     */
    public record Style(List<String> fonts, double points, boolean bold) {
        public Style {
            fonts = List.copyOf(fonts);
        }

        static final Style NONE = new Style(List.of(), 0, false);
    }

    /** Chinese type sizes (号) in points, as the printing trade defines them. */
    private static final Map<String, Double> NAMED_SIZES = Map.ofEntries(
            Map.entry("初号", 42.0), Map.entry("小初", 36.0), Map.entry("一号", 26.0), Map.entry("小一", 24.0),
            Map.entry("二号", 22.0), Map.entry("小二", 18.0), Map.entry("三号", 16.0), Map.entry("小三", 15.0),
            Map.entry("四号", 14.0), Map.entry("小四", 12.0), Map.entry("五号", 10.5), Map.entry("小五", 9.0));

    private final Map<Part, Style> declared = new EnumMap<>(Part.class);

    /** The style of a part: what is declared for it, each missing attribute taken from the body's. */
    public Style style(Part part) {
        Style own = declared.getOrDefault(part, Style.NONE);
        Style body = declared.getOrDefault(Part.BODY, Style.NONE);
        return new Style(own.fonts().isEmpty() ? body.fonts() : own.fonts(), own.points() == 0 ? body.points() : own.points(),
                own.bold());
    }

    /** What is declared, part by part (for the template image). */
    public Map<Part, Style> declared() {
        return Map.copyOf(declared);
    }

    void declare(Part part, List<String> fonts, double points, Boolean bold) {
        Style old = declared.getOrDefault(part, Style.NONE);
        declared.put(part, new Style(fonts.isEmpty() ? old.fonts() : fonts, points == 0 ? old.points() : points,
                bold == null ? old.bold() : bold));
    }

    /** A size as written in a template: points ({@code 16}, {@code 10.5}) or a Chinese size ({@code 三号}); -1 if neither. */
    static double points(String text) {
        Double named = NAMED_SIZES.get(text);
        if (named != null) {
            return named;
        }
        try {
            double p = Double.parseDouble(text.endsWith("pt") ? text.substring(0, text.length() - 2) : text);
            return p >= 4 && p <= 144 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
