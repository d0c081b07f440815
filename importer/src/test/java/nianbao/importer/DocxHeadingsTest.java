package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Word numbers headings itself: a heading paragraph without its ordinal is still a section heading. */
class DocxHeadingsTest {

    @Test
    void headingParagraphWithoutOrdinalStartsItsSection() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("青石镇2021年政府信息公开工作年度报告");
            heading(doc, "工作基本情况");
            doc.createParagraph().createRun().setText("本年度我镇扎实推进政务公开。");
            // The same words in a body paragraph are prose.
            doc.createParagraph().createRun().setText("其他需要报告事项");
            heading(doc, "其他需要报告事项");
            doc.createParagraph().createRun().setText("无");
            doc.write(out);
            docx = out.toByteArray();
        }
        ImportResult r = Importer.importBytes("qingshi.docx", docx);
        String text = r.nianbaoText();
        assertTrue(text.contains("# 工作基本情况\n本年度我镇扎实推进政务公开。\n其他需要报告事项\n"), text);
        assertTrue(text.contains("# 其他需要报告事项\n无\n"), text);
        assertTrue(r.tableLost(), "the report has no tables");
        assertTrue(r.problems().stream().anyMatch(p -> p.message().equals("原文中没有找到第3部分「三、收到和处理政府信息公开申请情况」")),
                r.problems()::toString);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        p.createRun().setText(text);
    }
}
