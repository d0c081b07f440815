package nianbao.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Lines cut short while typing: error recovery's conjured tokens must not reach any range. */
class MissingTokenTest {

    @Test
    void aBareHeadingMarkBeforeACharacterOutsideTheBmp() {
        ReportSyntax s = ReportSyntaxParser.parse("#\n𠀾村\n");
        ReportSyntax.Section section = s.sections().get(0);
        assertEquals("", section.heading().text());
        assertEquals(Range.of(0, 0, 0, 1), section.headingRange());
    }

    @Test
    void aTableHeadWithoutItsName() {
        ReportSyntax s = ReportSyntaxParser.parse("# 三\n[\n𠀾 1\n");
        ReportSyntax.Table t = (ReportSyntax.Table) s.sections().get(0).blocks().get(0);
        assertNull(t.name());
        assertEquals(Range.of(1, 0, 1, 1), t.headRange());
    }
}
