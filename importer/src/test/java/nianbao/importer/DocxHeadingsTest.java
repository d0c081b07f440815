package nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

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
        assertTrue(r.problems().stream().anyMatch(p -> p.kind() == ProblemId.SECTION_MISSING && p.message().contains("三、收到和处理政府信息公开申请情况")),
                r.problems()::toString);
    }

    @Test
    void automaticNumberingIsPutBack() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTAbstractNum list = CTAbstractNum.Factory.newInstance();
            list.setAbstractNumId(BigInteger.ONE);
            level(list, 0, "%1、");
            level(list, 1, "（%2）");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
            doc.createParagraph().createRun().setText("青石镇2021年政府信息公开工作年度报告");
            numbered(doc, numId, 0, "总体情况");
            numbered(doc, numId, 1, "强化机制管理");
            doc.createParagraph().createRun().setText("调整充实了领导小组。");
            numbered(doc, numId, 1, "加强监督保障");
            numbered(doc, numId, 0, "主动公开政府信息情况");
            numbered(doc, numId, 0, "收到和处理政府信息公开申请情况");
            numbered(doc, numId, 0, "政府信息公开行政复议、行政诉讼情况");
            numbered(doc, numId, 0, "存在的主要问题及改进情况");
            numbered(doc, numId, 1, "存在问题");
            doc.write(out);
            docx = out.toByteArray();
        }
        String text = Importer.importBytes("qingshi.docx", docx).nianbaoText();
        assertTrue(text.contains("# 一、总体情况\n## （一）强化机制管理\n调整充实了领导小组。\n## （二）加强监督保障\n"), text);
        assertTrue(text.contains("# 二、主动公开政府信息情况\n"), text);
        assertTrue(text.contains("# 五、存在的主要问题及改进情况\n## （一）存在问题\n"), text);
    }

    private static void level(CTAbstractNum list, int level, String text) {
        CTLvl lvl = list.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
        lvl.addNewLvlText().setVal(text);
    }

    private static void numbered(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        p.createRun().setText(text);
    }
}
