package nianbao.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import nianbao.core.Analysis;
import nianbao.core.model.Content;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.Prose;
import nianbao.core.model.Report;
import nianbao.core.model.ReportSection;
import nianbao.core.model.ReportTable;
import nianbao.core.output.TableLayout;
import nianbao.core.output.TableLayout.PageCell;
import nianbao.core.output.TableLayout.PrintedTable;
import nianbao.core.output.TableLayout.Role;
import nianbao.core.template.FieldDef;
import nianbao.core.template.Typography;
import nianbao.core.template.Typography.Part;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A report as a Word document in the official layout: A4 portrait with the margins of GB/T 9704,
 * the title and a byline, section headings (outline level 1) and sub-headings (level 2, 3), the
 * prose with a first-line indent of two characters, and every table laid out by core's
 * {@link TableLayout} (the same grouped headers, merged cells and nested row labels as the HTML
 * page), as wide as the text, with page numbers in the footer. Fonts and sizes are the
 * template's {@link Typography}. {@link DocxReader} reads it back: {@code import} of the file
 * gives the report's values and prose again (a property test holds it to that).
 */
public final class DocxWriter {

    /** A4 in twentieths of a point, and GB/T 9704's margins: top 37 mm, bottom 35, left 28, right 26. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 2098;
    private static final int MARGIN_BOTTOM = 1984;
    private static final int MARGIN_LEFT = 1588;
    private static final int MARGIN_RIGHT = 1474;
    /** The width of the text, which every table fills. */
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    static {
        // As in DocxReader: POI logs through Log4j, which would complain on stderr without a provider.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    private final XWPFDocument doc = new XWPFDocument();
    private final Typography typography;
    private final String impliedUnit;

    private DocxWriter(Report report) {
        this.typography = report.template().typography();
        this.impliedUnit = TableLayout.impliedUnit(report.template());
    }

    /** The .docx file of an analysed report. */
    public static byte[] write(Analysis analysis) {
        Report report = analysis.report();
        DocxWriter w = new DocxWriter(report);
        try (XWPFDocument doc = w.doc) {
            w.page();
            w.header(report);
            w.blocks(report.preamble());
            for (ReportSection s : report.sections()) {
                String heading = s.def() != null ? s.def().label() : s.syntax().heading().text();
                w.paragraph(heading, Part.HEADING1, 0, true, ParagraphAlignment.LEFT);
                w.blocks(s.content());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Writing to memory does not fail; POI declares it for files.
            throw new UncheckedIOException(e);
        }
    }

    /** A4 portrait, the margins, and the page number centred in the footer as — 1 —. */
    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));

        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        Typography.Style style = typography.style(Part.BODY);
        run(p, "— ", style, 14);
        // A PAGE field, as Word writes one: begin, instruction, separator, a placeholder, end.
        run(p, "", style, 14).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(p, "", style, 14).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(p, "", style, 14).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", style, 14);
        run(p, "", style, 14).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", style, 14);
    }

    /** The title, centred, and a byline with the agency and year, which import reads back as header fields. */
    private void header(Report report) {
        String title = null;
        String agency = null;
        for (HeaderEntry h : report.header()) {
            if (h.def() != null && !h.value().text().isBlank()) {
                if (h.def().kind() == FieldDef.Kind.TITLE && title == null) {
                    title = h.value().text().strip();
                } else if (h.def().kind() == FieldDef.Kind.AGENCY && agency == null) {
                    agency = h.value().text().strip();
                }
            }
        }
        paragraph(title != null ? title : report.template().name(), Part.TITLE, -1, false, ParagraphAlignment.CENTER);
        String byline = ((agency != null ? agency : "") + " " + (report.year() != null ? report.year() + "年度" : "")).strip();
        if (!byline.isEmpty()) {
            paragraph(byline, Part.BODY, -1, false, ParagraphAlignment.CENTER);
        }
    }

    /** Prose and tables in order; tables with no prose between share one grid, as the HTML page prints them. */
    private void blocks(List<Content> content) {
        List<ReportTable> run = new ArrayList<>();
        for (Content c : content) {
            if (c instanceof ReportTable t) {
                if (t.def() != null) {
                    run.add(t);
                }
                continue;
            }
            flush(run);
            Prose p = (Prose) c;
            String text = p.text().text();
            switch (p.kind()) {
                case SUBHEADING -> {
                    boolean deep = p.level() > 1;
                    paragraph(text, deep ? Part.BODY : Part.HEADING2, deep ? 2 : 1, true, ParagraphAlignment.LEFT);
                }
                case PARAGRAPH, POINT -> paragraph(text, Part.BODY, -1, true, ParagraphAlignment.BOTH);
            }
        }
        flush(run);
    }

    /**
     * A paragraph set in a part's style.
     *
     * @param outline the outline level (0 for a section heading), or -1 for running text
     */
    private XWPFParagraph paragraph(String text, Part part, int outline, boolean indent, ParagraphAlignment align) {
        Typography.Style style = typography.style(part);
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        if (outline >= 0) {
            (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            p.setKeepNext(true);
        }
        double points = style.points() > 0 ? style.points() : 12;
        if (indent) {
            // Two characters of the paragraph's own size: firstLineChars for Word, firstLine for the rest.
            CTInd ind = p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetInd() ? p.getCTP().getPPr().getInd()
                    : (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewInd();
            ind.setFirstLineChars(BigInteger.valueOf(200));
            ind.setFirstLine(BigInteger.valueOf(Math.round(points * 40)));
        }
        if (part == Part.TITLE) {
            p.setSpacingAfter((int) Math.round(points * 20));
        }
        // GB/T 9704 sets 22 lines a page of 16 pt type: about 28.9 pt from line to line.
        p.setSpacingBetween(Math.max(points * 1.5, points + 12), LineSpacingRule.EXACT);
        run(p, text, style, points);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, Typography.Style style, double points) {
        XWPFRun r = p.createRun();
        if (!style.fonts().isEmpty()) {
            r.setFontFamily(style.fonts().get(0));
        }
        r.setFontSize(points);
        r.setBold(style.bold());
        if (!text.isEmpty()) {
            r.setText(text);
        }
        return r;
    }

    private void flush(List<ReportTable> run) {
        if (run.isEmpty()) {
            return;
        }
        table(TableLayout.print(run, impliedUnit));
        run.clear();
    }

    /**
     * One Word table for a grid of printed tables. Word has no row span: a cell merged down is a
     * {@code vMerge="restart"} cell with a {@code vMerge} continuation in each row below, in the
     * same grid column; a cell merged across is one cell with {@code gridSpan}.
     */
    private void table(List<PrintedTable> parts) {
        List<List<PageCell>> lines = new ArrayList<>();
        int headLines = 0;
        for (PrintedTable p : parts) {
            if (parts.size() == 1) {
                headLines = p.head().size();
            }
            lines.addAll(p.head());
            lines.addAll(p.body());
        }
        int width = parts.get(0).width();
        PageGrid grid = PageGrid.of(lines, width);
        int[] columnWidths = columnWidths(grid, width);

        XWPFTable table = doc.createTable(lines.size(), 1);
        CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(TEXT_WIDTH));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid tblGrid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (tblGrid.sizeOfGridColArray() > 0) {
            tblGrid.removeGridCol(0);
        }
        for (int cw : columnWidths) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(cw));
        }
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");

        Typography.Style style = typography.style(Part.TABLE);
        for (int r = 0; r < lines.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r < headLines) {
                row.setRepeatHeader(true);
            }
            List<PageGrid.Slot> slots = grid.row(r);
            for (int i = 0; i < slots.size(); i++) {
                PageGrid.Slot slot = slots.get(i);
                XWPFTableCell cell = i == 0 ? row.getCell(0) : row.addNewTableCell();
                cell(cell, slot, columnWidths, style);
            }
        }
    }

    private static void cell(XWPFTableCell cell, PageGrid.Slot slot, int[] columnWidths, Typography.Style style) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        int w = 0;
        for (int c = slot.column(); c < slot.column() + slot.cell().colspan(); c++) {
            w += columnWidths[c];
        }
        CTTblWidth tcW = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        tcW.setType(STTblWidth.DXA);
        tcW.setW(BigInteger.valueOf(w));
        if (slot.cell().colspan() > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(slot.cell().colspan()));
        }
        if (slot.cell().rowspan() > 1) {
            pr.addNewVMerge().setVal(slot.continued() ? STMerge.CONTINUE : STMerge.RESTART);
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (slot.continued()) {
            return;
        }
        PageCell c = slot.cell();
        p.setAlignment(c.role() == Role.ROW || c.role() == Role.NOTE ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        String text = c.role() == Role.NOTE && !c.text().isEmpty() ? "（" + c.text() + "）" : c.text();
        if (!c.unit().isEmpty()) {
            text += "（单位：" + c.unit() + "）";
        }
        run(p, text, style, style.points() > 0 ? style.points() : 10.5);
    }

    /** Column widths in twips that fill the text width: row labels wide, nested label columns and values narrower. */
    private static int[] columnWidths(PageGrid grid, int width) {
        double[] weight = new double[width];
        int lastLabel = -1;
        for (int c = 0; c < width; c++) {
            if (grid.holdsRowLabel(c)) {
                lastLabel = c;
            }
        }
        for (int c = 0; c < width; c++) {
            weight[c] = c == lastLabel ? 4 : c < lastLabel ? 1.3 : 1;
        }
        double total = 0;
        for (double x : weight) {
            total += x;
        }
        int[] out = new int[width];
        int used = 0;
        for (int c = 0; c < width; c++) {
            out[c] = c == width - 1 ? TEXT_WIDTH - used : (int) Math.floor(TEXT_WIDTH * weight[c] / total);
            used += out[c];
        }
        return out;
    }
}
