package nianbao.importer;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import nianbao.core.template.Template;
import nianbao.importer.SourceDocument.Cell;
import nianbao.importer.SourceDocument.Line;
import nianbao.importer.SourceDocument.Table;

/**
 * How plainly a document is written in a template's format, read from its words alone: how many
 * of the names only that template declares (its tables', columns' and rows' labels and aliases —
 * 第二十条第（九）项, 本年新制作数量 for the 2019 format; 本年制发件数 for the 2021 one) the document
 * contains. It tells the formats apart when no table could be read (text with numbers run
 * together), where the tables' fit cannot. No format's words are written here: they are the
 * templates'.
 */
final class FormatEvidence {

    /** Shorter names (规章, 其他) are shared words, no evidence. */
    private static final int SHORTEST = 4;

    private FormatEvidence() {
    }

    /** The number of {@code template}'s own names found in the document, none of the {@code others} declaring them. */
    static int count(SourceDocument document, Template template, Collection<Template> others) {
        Set<String> own = names(template);
        for (Template other : others) {
            if (other != template) {
                own.removeAll(names(other));
            }
        }
        String text = text(document);
        int found = 0;
        for (String name : own) {
            if (text.contains(name)) {
                found++;
            }
        }
        return found;
    }

    private static Set<String> names(Template template) {
        Set<String> out = new HashSet<>();
        for (TableDef t : template.tables()) {
            add(out, t.names());
            for (ColumnDef c : t.columns()) {
                add(out, c.names());
            }
            for (RowDef r : t.rows()) {
                add(out, r.names());
            }
        }
        return out;
    }

    private static void add(Set<String> out, List<String> names) {
        for (String n : names) {
            String key = squeeze(n);
            if (key.codePointCount(0, key.length()) >= SHORTEST) {
                out.add(key);
            }
        }
    }

    private static String text(SourceDocument document) {
        StringBuilder sb = new StringBuilder();
        for (SourceDocument.Block b : document.blocks()) {
            if (b instanceof Line l) {
                sb.append(l.text()).append('\n');
            } else if (b instanceof Table t) {
                for (List<Cell> row : t.rows()) {
                    for (Cell c : row) {
                        sb.append(c.text()).append('\n');
                    }
                }
            }
        }
        return squeeze(sb.toString());
    }

    /** Without spaces, and with half-width brackets as the templates write them full-width. */
    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]", "").replace('(', '（').replace(')', '）');
    }
}
