package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels spelled the ways real reports spell them map to the same rows and columns. */
class SpellingsTest {

    private static JsonObject tables(ImportResult r) {
        return ReportValues.tables(ReportValues.document(r.nianbaoText()));
    }

    private static void assertSameTablesInEveryFormat(PublishedReport expected, PublishedReport variant) {
        JsonObject want = tables(Importer.importBytes("a.txt", expected.text()));
        List<ImportResult> got = List.of(Importer.importBytes("b.docx", variant.docx()),
                Importer.importBytes("b.html", variant.html()), Importer.importBytes("b.txt", variant.text()));
        for (ImportResult r : got) {
            assertFalse(r.tableLost());
            assertTrue(r.problems().stream().noneMatch(p -> p.severity() == ImportProblem.Severity.ERROR),
                    () -> r.problems().toString());
            assertEquals(want, tables(r), r.nianbaoText());
        }
    }

    @Test
    void widthsQuotesOrdinalsSpacesAndWrapping() {
        PublishedReport official = SampleReports.baishi2021();
        PublishedReport variant = official.respelled(text -> switch (text) {
            case "（一）予以公开" -> "(一)予以公开";
            case "3.危及“三安全一稳定”" -> "3．危及‘三安全一稳定’";
            case "1.属于国家秘密" -> "属于国家秘密";
            case "现行有效件数" -> "现行有效件";
            case "社会公益组织" -> "社会公益\n组织";
            case "四、结转下年度继续办理" -> "四、结转下年度 继续办理";
            case "2.重复申请" -> "2、重复申请";
            case "（七）总计" -> "(七) 总计";
            case "3.其他" -> "3. 其他";
            case "本年收费金额（单位：万元）" -> "本年收费金额(万元)";
            case "一、总体情况" -> "一、2021年政府信息公开工作总体情况";
            case "五、存在的主要问题及改进情况" -> "五、政府信息公开工作存在的主要问题及改进情况";
            default -> text;
        });
        assertSameTablesInEveryFormat(official, variant);
    }

    @Test
    void totalColumnFirst() {
        SampleReports.Applications a = SampleReports.balanced2021();
        a.totalFirst = true;
        PublishedReport variant = SampleReports.report2021("白石镇2021年政府信息公开工作年度报告", a);
        assertSameTablesInEveryFormat(SampleReports.baishi2021(), variant);
    }
}
