package nianbao.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.output.HtmlOutput;
import nianbao.core.output.JsonOutput;
import nianbao.core.rules.RuleEvaluation;
import nianbao.core.testing.Golden;
import nianbao.syntax.SourceText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the fixtures built on the tables of a real county report (沭阳县 2025) must show beyond
 * their expected text: who is blamed, what is left alone, and what the fixes and the outputs do.
 * Each case is a real table with one planted problem.
 */
class FindingsOnRealNumbersTest {

    private static Analysis analyze(String fixture) {
        Path file = CheckFixture.ROOT.resolve(fixture + ".nianbao");
        return CheckFixture.analyze(file, Golden.read(file));
    }

    private static List<String> ids(Analysis a) {
        return a.diagnostics().stream().map(Diagnostic::id).toList();
    }

    /** The text of the line a diagnostic starts on, up to its start. */
    private static String lineBefore(Analysis a, Diagnostic d) {
        String line = a.syntax().source().text().lines().toList().get(d.range().start().line());
        return line.substring(0, d.range().start().character());
    }

    private static String applied(Analysis a, Diagnostic.Fix fix) {
        SourceText source = a.syntax().source();
        List<Diagnostic.Edit> edits = new ArrayList<>(fix.edits());
        edits.sort((x, y) -> y.range().start().compareTo(x.range().start()));
        String out = source.text();
        for (Diagnostic.Edit e : edits) {
            out = out.substring(0, source.offset(e.range().start())) + e.newText() + out.substring(source.offset(e.range().end()));
        }
        return out;
    }

    @Test
    void aRowWithANumberMissingIsReportedOnceAndNothingElseIsBlamed() {
        Analysis a = analyze("row.ragged/fires-number-missing");
        assertEquals(List.of("row.ragged"), ids(a), () -> a.diagnostics().toString());
        // The one reading that balances: 商业企业 is the 1 left out.
        Diagnostic d = a.diagnostics().get(0);
        assertEquals(1, d.fixes().size());
        Analysis fixed = CheckFixture.analyze(applied(a, d.fixes().get(0)));
        assertEquals(List.of(), ids(fixed), () -> fixed.diagnostics().toString());
    }

    @Test
    void aRowWithANumberMissingIsPublishedBlankNeverShifted() {
        Analysis a = analyze("row.ragged/fires-number-missing");
        JsonObject disclosed = null;
        for (JsonElement s : JsonOutput.document(a).getAsJsonArray("sections")) {
            disclosed = disclosed != null ? disclosed : find(s, "disclosed");
        }
        assertNotNull(disclosed);
        JsonObject values = disclosed.getAsJsonObject("values");
        assertEquals(7, values.size());
        values.entrySet().forEach(e -> assertTrue(e.getValue().isJsonNull(), e.getKey() + " = " + e.getValue()));

        var page = Jsoup.parse(HtmlOutput.render(a));
        for (Element td : page.select("td.value[data-row=disclosed]")) {
            assertEquals("", td.text(), td.attr("data-column"));
        }
        // The row below is untouched: 部分公开 99 … 101 in their columns.
        assertEquals("99", page.selectFirst("td.value[data-row=partial][data-column=natural]").text());
        assertEquals("101", page.selectFirst("td.value[data-row=partial][data-column=total]").text());
    }

    /** The written row object with that id, searched through a section's JSON. */
    private static JsonObject find(JsonElement e, String rowId) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("id") && o.get("id").isJsonPrimitive() && o.get("id").getAsString().equals(rowId) && o.has("values")) {
                return o;
            }
            for (var entry : o.entrySet()) {
                JsonObject found = find(entry.getValue(), rowId);
                if (found != null) {
                    return found;
                }
            }
        } else if (e.isJsonArray()) {
            for (JsonElement x : (JsonArray) e) {
                JsonObject found = find(x, rowId);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void aRowWithoutItsTotalGetsTheOneTotalThatBalances() {
        Analysis a = analyze("row.ragged/fires-total-missing");
        assertEquals(List.of("row.ragged"), ids(a));
        Diagnostic.Fix fix = a.diagnostics().get(0).fixes().get(0);
        assertEquals("  713", fix.edits().get(0).newText());
        assertEquals(List.of(), ids(CheckFixture.analyze(applied(a, fix))));
    }

    @Test
    void aZeroRowLeftOutKeepsTheColumnSumsAndTheErrorIsBlamedOnTheWrongCell() {
        Analysis a = analyze("balance.handled-total/fires-zero-row-left-out");
        assertEquals(List.of("row.missing", "balance.handled-total", "balance.row-total"), ids(a));
        for (Diagnostic d : a.diagnostics().subList(1, 3)) {
            assertTrue(lineBefore(a, d).startsWith("重复申请"), d.toString());
            assertTrue(d.message().startsWith("“重复申请”的“自然人”填写 7"), d.message());
        }
        assertTrue(a.diagnostics().stream().noneMatch(d -> lineBefore(a, d).startsWith("（七）总计")));
    }

    @Test
    void aNumberTooSmallBesideAZeroRowLeftOutIsBlamedAndItsFixKeepsTheTotals() {
        Analysis a = analyze("balance.row-total/fires-zero-row-left-out");
        assertEquals(List.of("row.missing", "balance.row-total"), ids(a));
        Diagnostic d = a.diagnostics().get(1);
        assertTrue(d.message().startsWith("“重复申请”的“自然人”填写 5，应为 6（相差 -1）"), d.message());
        Analysis fixed = CheckFixture.analyze(applied(a, d.fixes().get(0)));
        assertEquals(List.of("row.missing"), ids(fixed));
    }

    @Test
    void aZeroRowLeftOutAloneIsOnlyAMissingRow() {
        Analysis a = analyze("row.missing/fires-zero-row-alone");
        assertEquals(List.of("row.missing"), ids(a));
        // The column sums are evaluated, not switched off: undecided only by the missing row.
        assertTrue(a.rules().instances().stream().filter(i -> i.rule().id().equals("balance.handled-total"))
                .allMatch(i -> i.status() == RuleEvaluation.Status.UNDECIDED && !i.likelyBroken()));
    }

    @Test
    void twoErrorsAreEachBlamedOnTheirOwnCellNotOnTheCrossings() {
        Analysis a = analyze("balance.row-total/fires-two-errors");
        List<Diagnostic> rules = a.diagnostics().stream().filter(d -> d.id().startsWith("balance.")).toList();
        assertEquals(4, rules.size(), rules::toString);
        for (Diagnostic d : rules) {
            boolean first = d.message().startsWith("“予以公开”的“自然人”填写 292，应为 290（相差 2）");
            boolean second = d.message().startsWith("“不掌握”的“商业企业”填写 1，应为 0（相差 1）");
            assertTrue(first || second, d.message());
        }
    }

    @Test
    void aReportFreshFromInitDoesNotBlameTheCarriedOverCellsItCopied() {
        Analysis a = analyze("balance.application/fires-fresh-from-init");
        assertTrue(a.rules().instances().stream().filter(i -> i.rule().id().equals("carry.applications"))
                .allMatch(RuleEvaluation.Instance::holds), "last year's report vouches for 上年结转");
        List<Diagnostic> rules = a.diagnostics().stream().filter(d -> d.id().startsWith("balance.")).toList();
        assertFalse(rules.isEmpty());
        for (Diagnostic d : rules) {
            assertFalse(lineBefore(a, d).startsWith("上年结转"), d.toString());
            for (Diagnostic.Fix f : d.fixes()) {
                for (Diagnostic.Edit e : f.edits()) {
                    String line = a.syntax().source().text().lines().toList().get(e.range().start().line());
                    assertFalse(line.startsWith("上年结转"), f.title());
                }
            }
        }
    }

    @Test
    void tablesOfThe2019FormatGetOneFindingEach() {
        Analysis a = analyze("format.outdated/fires-2019-columns");
        assertEquals(List.of("format.outdated", "format.outdated", "format.outdated", "format.outdated"), ids(a));
        assertTrue(a.diagnostics().stream().allMatch(d -> d.severity() == nianbao.core.diagnostic.Severity.WARNING));
    }

    @Test
    void aYearWrittenWithNianduIsTheYear() {
        assertEquals(2025, analyze("header.invalid-year/quiet-nian-du").report().year());
        assertEquals(2025, analyze("header.invalid-year/quiet-nian").report().year());
    }

    @Test
    void aCountyBureauIsACountyDepartmentByItsName() {
        Analysis a = analyze("plausibility.rules-at-township/fires-county-bureau");
        assertTrue(a.diagnostics().stream().anyMatch(d -> d.id().equals("plausibility.rules-at-township")
                && d.message().contains("本机关层级为县级部门（按机关名称“沭阳县自然资源局”推断）")));
        assertEquals(List.of(), ids(analyze("plausibility.rules-at-township/quiet-national-bureau")));
    }

    @Test
    void levelEndingsWithGapsMatchInOrder() {
        assertTrue(ZeroExpectationCheck.matches("沭阳县自然资源局", "县…局"));
        assertTrue(ZeroExpectationCheck.matches("宿迁市沭阳县发展和改革委员会", "县…委员会"));
        assertFalse(ZeroExpectationCheck.matches("县局长办公室", "县…局"));
        assertFalse(ZeroExpectationCheck.matches("自然资源局", "县…局"));
        assertTrue(ZeroExpectationCheck.matches("光华镇人民政府", "镇人民政府"));
    }
}
