package nianbao.core.template;

import java.util.ArrayList;
import java.util.List;
import nianbao.core.text.Phrase;
import nianbao.syntax.TemplateSyntax.Declaration;
import nianbao.syntax.Word;

/** Readers of the wordings prose is checked against: 说法 (a table's figures) and 年度说法. */
final class WordingDeclarations {

    private WordingDeclarations() {
    }

    static Object yearWording(ReadContext c, Declaration d, Object parent) {
        if (!c.placed(d, parent == c.template, "年度说法只能写在模板顶层") || !c.require(d, d.args(), 1, "年度说法 说法")
                || !boundedGaps(c, d)) {
            return null;
        }
        Phrase phrase = Phrase.compile(d.rest().text().replace(" ", ""));
        if (phrase == null || !d.rest().text().contains("{年}")) {
            c.diagnostics.error(TemplateProblem.PHRASE.id(), d.rest().range(), "年度说法中要有 {年}");
        } else {
            c.template.addYearPhrase(phrase);
        }
        return null;
    }

    static Object wording(ReadContext c, Declaration d, Object parent) {
        if (!c.placed(d, parent instanceof TableDef, "说法只能写在表之下") || !c.require(d, d.args(), 2, "说法 行@列 说法")
                || !boundedGaps(c, d)) {
            return null;
        }
        // the reference is the first run of non-spaces (the lexer splits words at + and |)
        String rest = d.rest().text().strip();
        int space = rest.indexOf(' ');
        figures(c, (TableDef) parent, d, d.args().get(0), space < 0 ? rest : rest.substring(0, space),
                space < 0 ? "" : rest.substring(space).replace(" ", ""));
        return null;
    }

    /**
     * {@code 说法 REF 措辞}: REF is {@code 行[+行]@列}, several of them joined by {@code |} when the
     * wording is read either way (each reading is a figure of its own, sharing the wording), or
     * {@code -} for a wording that states no cell (its figures are not comparable).
     */
    private static void figures(ReadContext c, TableDef table, Declaration d, Word at0, String ref, String wording) {
        Phrase phrase = Phrase.compile(wording);
        if (phrase == null || wording.indexOf("{数}") < 0 || wording.indexOf("{数}") != wording.lastIndexOf("{数}")) {
            c.diagnostics.error(TemplateProblem.PHRASE.id(), d.rest().range(), "说法中要有且只有一个 {数}");
            return;
        }
        if (ref.equals("-")) {
            table.addFigure(new ProseFigure(phrase, List.of(), null, table, c.fileId, d.range()));
            return;
        }
        List<ProseFigure> readings = new ArrayList<>();
        for (String reading : ref.split("\\|", -1)) {
            int at = reading.indexOf('@');
            ColumnDef column = at < 0 ? null : table.column(reading.substring(at + 1));
            List<RowDef> rows = new ArrayList<>();
            for (String rowId : (at < 0 ? reading : reading.substring(0, at)).split("\\+", -1)) {
                RowDef r = table.row(rowId);
                if (r == null || r.heading()) {
                    rows = null;
                    break;
                }
                rows.add(r);
            }
            if (column == null || rows == null) {
                c.diagnostics.error(TemplateProblem.UNKNOWN_REF.id(), at0.range(),
                        "说法要写明表中的行和列：行标识@列标识，如 new@total；几种读法用 | 隔开，不可比较的写 -");
                return;
            }
            readings.add(new ProseFigure(phrase, List.copyOf(rows), column, table, c.fileId, d.range()));
        }
        readings.forEach(table::addFigure);
    }

    /** A wording of more gaps than a shared template may ask the checker to try is refused. */
    private static boolean boundedGaps(ReadContext c, Declaration d) {
        if (Phrase.gaps(d.rest().text()) > Phrase.MAX_GAPS) {
            c.diagnostics.error(TemplateProblem.PHRASE.id(), d.rest().range(),
                    "说法中的“…”最多 " + Phrase.MAX_GAPS + " 处，以免检查过慢");
            return false;
        }
        return true;
    }
}
