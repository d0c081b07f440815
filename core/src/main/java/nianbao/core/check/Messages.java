package nianbao.core.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.template.Declared;
import nianbao.core.text.NameIndex;
import nianbao.syntax.Range;
import org.jspecify.annotations.Nullable;

/** Small pieces of the Chinese messages that several checks share. */
final class Messages {

    private Messages() {
    }

    static String quote(String s) {
        return "“" + s + "”";
    }

    /**
     * The template that makes a local requirement, as the clerk knows it: the report's template by
     * its 名称 when it is the one, else by its id (a city template a county's extends).
     */
    static String requiredBy(nianbao.core.template.Template reportTemplate, String templateId) {
        if (reportTemplate != null && reportTemplate.id().equals(templateId) && !reportTemplate.name().isBlank()) {
            return quote(reportTemplate.name());
        }
        return "模板" + quote(templateId);
    }

    /** A count with thousands separators, as the clerk reads it: 1,234. */
    static String count(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    static String number(@Nullable BigDecimal n) {
        return n == null ? "?" : n.stripTrailingZeros().toPlainString();
    }

    /**
     * "，是否要写“X”？" for an unknown name with a suggestion; "，同类的只有：A、B" for a number that
     * no item has; "，它可以指：A、B，请写得更具体" for an ambiguous name.
     */
    static String suggestion(NameIndex.@Nullable Lookup<? extends Declared> lookup) {
        if (lookup instanceof NameIndex.Unknown<? extends Declared> u && u.suggestion() != null) {
            return "，是否要写" + quote(u.suggestion().label()) + "？";
        }
        if (lookup instanceof NameIndex.Unknown<? extends Declared> u && !u.otherNumbers().isEmpty()) {
            return "，同类的只有：" + u.otherNumbers().stream().map(d -> quote(d.label())).collect(Collectors.joining("、"));
        }
        if (lookup instanceof NameIndex.Ambiguous<? extends Declared> a) {
            return "，它可以指：" + a.candidates().stream().map(d -> quote(d.label())).collect(Collectors.joining("、"))
                    + "，请写得更具体";
        }
        return "";
    }

    /** A fix replacing a written name by the suggested one, or none. */
    static List<Diagnostic.Fix> replaceBySuggestion(NameIndex.@Nullable Lookup<? extends Declared> lookup, Range range,
            java.util.function.Function<Declared, String> preferred) {
        if (lookup instanceof NameIndex.Unknown<? extends Declared> u && u.suggestion() != null) {
            String name = preferred.apply(u.suggestion());
            return List.of(Diagnostic.Fix.replace("改为" + quote(name), range, name));
        }
        if (lookup instanceof NameIndex.Ambiguous<? extends Declared> a) {
            return a.candidates().stream()
                    .map(d -> Diagnostic.Fix.replace("改为" + quote(preferred.apply(d)), range, preferred.apply(d)))
                    .toList();
        }
        return List.of();
    }
}
