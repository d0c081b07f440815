package nianbao.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.Content;
import nianbao.core.model.Prose;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.rules.RuleEvaluation;
import nianbao.core.template.ColumnDef;
import nianbao.core.template.ColumnGroup;
import nianbao.core.template.Declared;
import nianbao.core.template.ProseFigure;
import nianbao.core.template.RowDef;
import nianbao.core.template.TableDef;
import nianbao.core.text.ChineseNumber;
import nianbao.core.text.Names;
import nianbao.core.text.Phrase;
import nianbao.syntax.Position;
import nianbao.syntax.Range;

/**
 * A figure that prose states about a table ("受理政府信息公开申请7件") differs from the table.
 *
 * <p>The wordings are the template's ({@code 说法}). A false alarm costs more than a miss, so a
 * figure is reported only when the sentence can only mean what the table contradicts:
 * <ul>
 * <li>the cells it names hold numbers (an unfinished table raises nothing) and take part in no
 * rule that is broken (where the table contradicts itself, the prose may be the right one);</li>
 * <li>a {@code …} gap that holds the name of another row or column of the table (收到<u>自然人</u>的
 * 政府信息公开申请) narrows the figure, so that match does not count;</li>
 * <li>of the wordings that find the same figure, one inside a longer one gives way to it
 * (予以公开及部分公开42件 is not 部分公开42件; 上年度结转下年度继续办理的2件 is not 结转下年度);
 * a wording declared with no cell ({@code 说法 - …}) says the figure is not comparable;</li>
 * <li>every reading left (a wording may declare several, {@code new@total|new+carried-over@total}
 * for 受理, which reports count either way) must differ from the figure.</li>
 * </ul>
 */
final class ProseFigureCheck extends BaseCheck {

    ProseFigureCheck() {
        super("prose.table-mismatch", Severity.WARNING,
                "A figure stated in prose (in a wording the template declares) differs from the table.");
    }

    /** A wording that found a figure: the table, the wording and where it matched. */
    private record Found(ReportTable table, ProseFigure wording, Phrase.Match match, Phrase.Figure figure) {

        boolean inside(Found other) {
            return other.match.start() <= match.start() && match.end() <= other.match.end()
                    && (other.match.start() < match.start() || match.end() < other.match.end());
        }
    }

    /** What a reading of the figure says the table holds. */
    private record Reading(ReportTable table, ProseFigure wording, BigDecimal actual) {
    }

    /** A wording of a table with its readings (several declared with |, one phrase). */
    private static final class Wording {
        final ReportTable table;
        final Phrase phrase;
        final List<ProseFigure> readings;
        /** The names a gap may not hold, worked out when the wording first matches. */
        private List<String> narrowing;

        Wording(ReportTable table, Phrase phrase, List<ProseFigure> readings) {
            this.table = table;
            this.phrase = phrase;
            this.readings = readings;
        }

        /**
         * The names (label, label without its ordinal, aliases; two characters or more) of the
         * table's rows, columns and column groups other than the readings' own cells.
         */
        List<String> narrowing() {
            if (narrowing == null) {
                List<Declared> own = new ArrayList<>();
                for (ProseFigure f : readings) {
                    own.addAll(f.rows());
                    if (f.column() != null) {
                        own.add(f.column());
                    }
                }
                TableDef def = table.def();
                List<Declared> others = new ArrayList<>(def.rows());
                others.addAll(def.columns());
                others.addAll(def.groups());
                List<String> names = new ArrayList<>();
                for (Declared d : others) {
                    if (own.contains(d)) {
                        continue;
                    }
                    for (String name : d.names()) {
                        String bare = name.substring(Names.ordinalPrefix(name).length()).strip();
                        for (String n : List.of(name, bare)) {
                            if (n.length() >= 2 && !names.contains(n)) {
                                names.add(n);
                            }
                        }
                    }
                }
                narrowing = names;
            }
            return narrowing;
        }
    }

    @Override
    public void run(CheckContext ctx) {
        List<Wording> wordings = new ArrayList<>();
        for (ReportTable t : ctx.report().tables()) {
            if (t.def() == null) {
                continue;
            }
            Map<Phrase, List<ProseFigure>> byPhrase = new IdentityHashMap<>();
            for (ProseFigure f : t.def().figures()) {
                List<ProseFigure> readings = byPhrase.get(f.phrase());
                if (readings == null) {
                    readings = new ArrayList<>();
                    byPhrase.put(f.phrase(), readings);
                }
                readings.add(f);
            }
            for (List<ProseFigure> readings : byPhrase.values()) {
                wordings.add(new Wording(t, readings.get(0).phrase(), readings));
            }
        }
        if (wordings.isEmpty()) {
            return;
        }
        for (ReportSection s : ctx.report().sections()) {
            for (Content c : s.content()) {
                if (c instanceof Prose p) {
                    check(ctx, p, wordings);
                }
            }
        }
    }

    private void check(CheckContext ctx, Prose p, List<Wording> wordings) {
        String text = p.text().text();
        Phrase.Text prepared = Phrase.text(text);
        Map<Integer, List<Found>> byFigure = null;
        for (Wording w : wordings) {
            for (Phrase.Match m : w.phrase.find(prepared)) {
                Phrase.Figure figure = number(m);
                if (figure == null || narrowed(m, w)) {
                    continue;
                }
                if (byFigure == null) {
                    byFigure = new LinkedHashMap<>();
                }
                for (ProseFigure f : w.readings) {
                    byFigure.computeIfAbsent(figure.start(), k -> new ArrayList<>()).add(new Found(w.table, f, m, figure));
                }
            }
        }
        if (byFigure != null) {
            for (List<Found> found : byFigure.values()) {
                compare(ctx, p, text, found);
            }
        }
    }

    private void compare(CheckContext ctx, Prose p, String text, List<Found> found) {
        List<Found> outer = new ArrayList<>();
        for (Found f : found) {
            if (found.stream().noneMatch(f::inside)) {
                outer.add(f);
            }
        }
        Phrase.Figure figure = outer.get(0).figure();
        BigDecimal stated = ChineseNumber.parse(figure.text());
        if (stated == null) {
            return;
        }
        List<Reading> readings = new ArrayList<>();
        for (Found f : outer) {
            if (f.wording().column() == null) {
                return; // declared not comparable
            }
            BigDecimal actual = sum(f.table(), f.wording());
            if (actual == null || actual.compareTo(stated) == 0 || inDoubt(ctx, f)) {
                return; // a cell not filled in, one reading that holds, or a table at odds with itself there
            }
            if (readings.stream().noneMatch(r -> cells(r.wording()).equals(cells(f.wording())))) {
                readings.add(new Reading(f.table(), f.wording(), actual));
            }
        }
        Position start = p.text().range().start();
        Range range = new Range(new Position(start.line(), start.character() + figure.start()),
                new Position(start.line(), start.character() + figure.end()));
        Phrase.Match m = outer.get(0).match();
        int from = outer.stream().mapToInt(f -> f.match().start()).min().orElse(m.start());
        int to = outer.stream().mapToInt(f -> f.match().end()).max().orElse(m.end());
        ctx.report(range, message(readings, stated, text.substring(from, to)), fixes(readings, figure, range));
    }

    /** "表“申请处理”中“本年新收”的“总计”为 6，正文写 7（相差 1）：“…”": the cell and the numbers first. */
    private static String message(List<Reading> readings, BigDecimal stated, String sentence) {
        StringBuilder sb = new StringBuilder("表").append(Messages.quote(readings.get(0).table().def().label())).append("中");
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            sb.append(i == 0 ? "" : "，").append(cells(r.wording())).append("为 ").append(Messages.number(r.actual()));
        }
        sb.append("，正文写 ").append(Messages.number(stated));
        if (readings.size() == 1) {
            sb.append("（相差 ").append(Messages.number(stated.subtract(readings.get(0).actual()))).append("）");
        } else {
            sb.append("，与这几种读法都不相符");
        }
        return sb.append("：").append(Messages.quote(sentence)).toString();
    }

    /** One fix per reading: the prose takes the table's number, in the prose's own numerals. */
    private static List<Diagnostic.Fix> fixes(List<Reading> readings, Phrase.Figure figure, Range range) {
        List<Diagnostic.Fix> fixes = new ArrayList<>();
        for (Reading r : readings) {
            BigDecimal actual = r.actual();
            String replacement = figure.text().chars().allMatch(ch -> ch < 128 || Character.isDigit(ch))
                    ? Messages.number(actual)
                    : actual.stripTrailingZeros().scale() <= 0 ? ChineseNumber.toChinese(actual.longValueExact())
                            : Messages.number(actual);
            if (fixes.stream().anyMatch(f -> f.edits().get(0).newText().equals(replacement))) {
                continue; // two readings that come to the same number need one fix
            }
            String title = readings.size() == 1 ? "改为表中的数字 " + replacement
                    : "改为 " + replacement + "（" + cells(r.wording()) + "）";
            fixes.add(Diagnostic.Fix.replace(title, range, replacement));
        }
        return fixes;
    }

    /** The figure a wording states ({@code {数}}); a {@code {年}} in the same wording is only context. */
    private static Phrase.Figure number(Phrase.Match m) {
        for (Phrase.Figure f : m.figures()) {
            if (f.slot().equals("数")) {
                return f;
            }
        }
        return null;
    }

    /**
     * A gap that names another row, column or column group of the table narrows what the figure
     * counts ("收到自然人的政府信息公开申请3件" is not the total), so the match says nothing of the
     * cells the wording names. The names are the template's; the wording's own cells, in every
     * reading, do not narrow.
     */
    private static boolean narrowed(Phrase.Match m, Wording w) {
        for (String gap : m.gaps()) {
            if (gap.length() < 2) {
                continue;
            }
            for (String name : w.narrowing()) {
                if (gap.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A cell of the reading takes part in a rule that does not hold: the table contradicts itself
     * there (a 总计 of 0 over a row of 6), so the prose may well be the right one, and a fix that
     * copies the table's number into it could be wrong. The rule's own finding says what is wrong.
     */
    private static boolean inDoubt(CheckContext ctx, Found f) {
        for (RowDef r : f.wording().rows()) {
            RuleEvaluation.CellRef cell = new RuleEvaluation.CellRef(f.table(), r, f.wording().column());
            for (RuleEvaluation.Instance i : ctx.rules().instancesOf(cell)) {
                if (i.evaluable() && !i.holds()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BigDecimal sum(ReportTable t, ProseFigure f) {
        BigDecimal total = BigDecimal.ZERO;
        for (RowDef r : f.rows()) {
            BigDecimal v = t.valueFor(r, f.column());
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }

    private static String cells(ProseFigure f) {
        StringBuilder sb = new StringBuilder();
        for (RowDef r : f.rows()) {
            if (!sb.isEmpty()) {
                sb.append("与");
            }
            sb.append(Messages.quote(r.shortName()));
        }
        return sb + "的" + Messages.quote(f.column().shortName());
    }
}
