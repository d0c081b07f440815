package nianbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.Map;
import nianbao.core.Analysis;
import nianbao.core.Analyzer;
import nianbao.core.check.CheckFixture;
import nianbao.core.output.JsonOutput;
import nianbao.core.testing.Golden;
import nianbao.core.testing.JsonCells;
import org.junit.jupiter.api.Test;

/**
 * Spellings of people outside the project (outsider/README.md). A table pasted from a web page as a grid (fixtures/row.ragged/*grid*): a cell left empty between
 * two bars is a blank, in its own column; the empty cells a grid pads a row with, and the empty
 * cell under a merged heading cell before a label, are no cells; fewer cells, or a number too
 * many, are still a ragged row. The header rows of a table pasted whole (fixtures/row.unknown/*pasted-header*)
 * are no rows when their names come in the template's order.
 */
class PastedGridCellsTest {

    private static final Path DIR = Golden.RESOURCES.resolve("fixtures/row.ragged");
    private final CheckFixture fixture = CheckFixture.of("row.ragged");

    @Test
    void emptyCellsBetweenBarsAreBlanksAndTheRowIsWhole() {
        fixture.quiet("quiet-grid-empty-cells");
    }

    @Test
    void aGridRowWithACellTooFewOrANumberTooManyIsStillRagged() {
        fixture.fires("fires-grid");
    }

    @Test
    void eachNumberStaysInItsColumnAndEachEmptyCellIsBlank() {
        Analysis a = new Analyzer()
                .analyze(Golden.read(DIR.resolve("quiet-grid-empty-cells.nianbao")));
        Map<String, JsonElement> cells = JsonCells.of(JsonParser.parseString(JsonOutput.render(a)).getAsJsonObject());
        assertEquals(3, cells.get("art20-1/normative/issued").getAsInt());
        assertTrue(cells.get("art20-1/normative/repealed").isJsonNull(), "| 3 | | 101 |: the middle cell is blank");
        assertEquals(101, cells.get("art20-1/normative/active").getAsInt());
        assertEquals(0, cells.get("art20-5/permits/decisions").getAsInt(), "the padding after it is no cell");
        assertEquals(2, cells.get("applications/new/natural").getAsInt());
        assertTrue(cells.get("applications/new/business").isJsonNull());
        assertEquals(2, cells.get("applications/new/total").getAsInt());
        assertEquals(1, cells.get("applications/not-held/natural").getAsInt(), "a label after two merged cells");
        assertEquals(1, cells.get("applications/not-held/total").getAsInt());
        assertTrue(cells.get("review/reconsideration/upheld").isJsonNull());
        assertEquals(0, cells.get("review/reconsideration/total").getAsInt());
    }
    @Test
    void theHeaderRowsOfATablePastedWholeAreNoRowsAndTheValuesStayInTheirColumns() {
        CheckFixture.of("row.unknown").quiet("quiet-pasted-header-rows");
        Map<String, JsonElement> grid = cells(DIR.resolve("quiet-grid-empty-cells.nianbao"));
        Map<String, JsonElement> pasted = cells(Golden.RESOURCES.resolve("fixtures/row.unknown/quiet-pasted-header-rows.nianbao"));
        assertEquals(grid, pasted, "the same table with its header rows pasted gives the same cells");
    }

    @Test
    void aHeaderInAnotherOrderOrAfterADataRowIsStillAnUnknownRow() {
        CheckFixture.of("row.unknown").fires("fires-pasted-header-rows");
    }

    private static Map<String, JsonElement> cells(Path file) {
        Analysis a = new Analyzer().analyze(Golden.read(file));
        return JsonCells.of(JsonParser.parseString(JsonOutput.render(a)).getAsJsonObject());
    }
    @Test
    void spellingsOfOutsidersAreReadAsMeant() {
        CheckFixture.of("row.unknown").quiet("quiet-outsider-spellings");
        Map<String, JsonElement> cells = cells(Golden.RESOURCES.resolve("fixtures/row.unknown/quiet-outsider-spellings.nianbao"));
        assertTrue(cells.get("art20-1/rules/issued").isJsonNull(), "—— is a blank");
        assertEquals(3, cells.get("art20-1/normative/active").getAsInt(), "the note under the table is no row");
        assertEquals(1, cells.get("applications/new/total").getAsInt(), "本年新收： in the table named by its section's title");
        assertEquals(0, cells.get("review/direct/total").getAsInt(), "行政诉讼 未经复议直接起诉");
        assertEquals(0, cells.get("review/after-review/total").getAsInt());
    }

    @Test
    void aHeadingRowStillHoldsNoNumbersAndADashBeforeADigitIsNoBlank() {
        CheckFixture.of("row.heading-values").fires("fires-sub-row-limits");
    }
}
