package nianbao.core.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.core.model.Report;
import nianbao.core.model.ReportSection;
import nianbao.core.template.SectionDef;
import nianbao.core.text.NameIndex;
import nianbao.core.text.Names;
import org.jspecify.annotations.Nullable;

/**
 * The template section each unknown heading stands in for, if any: the one the name lookup
 * suggests (a misspelt heading, “行政法复议”), or else the section whose number the heading
 * carries, when the report lacks that section and the heading stands where it belongs — a part
 * renamed in place, such as “五、下一步工作打算” between 四 and 六.
 * Never a section the report already has: 上海市科委 2024 puts its own parts (“三、主动公开工作情况”)
 * before the national ones (“二、主动公开政府信息情况” further down), and renaming the first after
 * the second would make it twice.
 * {@code section.unknown} reports such a heading once, with the section it stands for;
 * {@code section.missing} does not report that section again.
 */
final class SectionStandIns {

    private SectionStandIns() {
    }

    static Map<ReportSection, SectionDef> of(Report report) {
        Map<ReportSection, SectionDef> out = new HashMap<>();
        List<ReportSection> sections = report.sections();
        for (ReportSection s : sections) {
            if (s.def() == null && s.lookup() instanceof NameIndex.Unknown<SectionDef> u && u.suggestion() != null
                    && !present(sections, u.suggestion(), out)) {
                out.put(s, u.suggestion());
            }
        }
        for (int i = 0; i < sections.size(); i++) {
            ReportSection s = sections.get(i);
            if (s.def() != null || out.containsKey(s)) {
                continue;
            }
            String number = leadingNumber(s.syntax().heading().text());
            if (number == null) {
                continue;
            }
            for (SectionDef def : report.template().sections()) {
                if (number.equals(leadingNumber(def.label())) && !present(sections, def, out)
                        && inPlace(sections, i, def)) {
                    out.put(s, def);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean present(List<ReportSection> sections, SectionDef def, Map<ReportSection, SectionDef> standIns) {
        for (ReportSection s : sections) {
            if (s.def() == def || standIns.get(s) == def) {
                return true;
            }
        }
        return false;
    }

    /** Every recognised section before index i comes before def in the template, every one after it after. */
    private static boolean inPlace(List<ReportSection> sections, int i, SectionDef def) {
        for (int j = 0; j < sections.size(); j++) {
            SectionDef other = sections.get(j).def();
            if (other == null || j == i) {
                continue;
            }
            if (j < i ? other.order() >= def.order() : other.order() <= def.order()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ordinal a heading starts with, as {@link Names#ordinalPrefix} reads it, without its
     * punctuation (五 of “五、…”, 5 of “5.…”), or null.
     */
    static @Nullable String leadingNumber(String heading) {
        String prefix = Names.ordinalPrefix(heading.strip());
        if (prefix.isEmpty()) {
            return null;
        }
        String number = prefix.substring(0, prefix.length() - 1).strip();
        return number.isEmpty() ? null : number;
    }
}
