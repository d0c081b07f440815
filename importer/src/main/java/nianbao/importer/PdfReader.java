package nianbao.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import nianbao.importer.SourceDocument.Block;
import nianbao.importer.SourceDocument.Line;

/**
 * Reads a PDF's text layer with Apache PDFBox: the glyphs of each page, with their positions,
 * are put back into lines (glyphs on one baseline, left to right); a wide gap between two glyphs
 * is written as a run of spaces, so that the cells of a table row stand apart as they do in
 * {@code pdftotext -layout}. The tables themselves are read by {@link LineTables} with the
 * template, as for any text without a grid. Lines that continue a paragraph (the line above
 * reaches the right margin and does not end a sentence) are joined to it; page numbers are left
 * out. A PDF without a text layer (a scan), protected by a password, or damaged is refused.
 */
final class PdfReader {

    /** Fewer characters than this per page: the text layer is missing (a scan) or holds only page numbers. */
    private static final int SCANNED_CHARS_PER_PAGE = 20;
    /** A gap wider than this many glyph widths parts two cells. */
    private static final double CELL_GAP = 1.2;
    /** A gap wider than this many glyph widths is a space between words. */
    private static final double WORD_GAP = 0.3;

    static {
        QuietLogs.ensure();
    }

    private PdfReader() {
    }

    /** Reads a PDF; null (with the reason in {@code problems}) when it cannot be read. */
    static SourceDocument read(byte[] bytes, List<ImportProblem> problems) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Glyphs glyphs = new Glyphs();
            glyphs.setSortByPosition(false);
            glyphs.getText(document);
            int pages = Math.max(1, document.getNumberOfPages());
            if (glyphs.visible < SCANNED_CHARS_PER_PAGE * pages) {
                problems.add(ImportProblem.error(ProblemId.PDF_NO_TEXT, SourcePosition.FILE, "这个 PDF 没有文字层（"
                        + pages + "页中只有" + glyphs.visible + "个字符），可能是扫描件：请找到原文的 Word 文件或网页，"
                        + "或先用 OCR 识别为文字后再导入"));
                return null;
            }
            return new SourceDocument(glyphs.blocks);
        } catch (InvalidPasswordException e) {
            problems.add(ImportProblem.error(ProblemId.PDF_ENCRYPTED, SourcePosition.FILE,
                    "这个 PDF 设有密码保护，无法读取其中的文字：请使用未加密的原文"));
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(ImportProblem.error(ProblemId.PDF_DAMAGED, SourcePosition.FILE,
                    "无法读取这个 PDF（文件可能已损坏或不完整）：" + reason(e)));
            return null;
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Collects the glyphs of each page and turns them into lines at the end of the page. */
    private static final class Glyphs extends PDFTextStripper {
        final List<Block> blocks = new ArrayList<>();
        final List<TextPosition> page = new ArrayList<>();
        int visible;

        Glyphs() {
            super();
        }

        @Override
        protected void startPage(PDPage p) {
            page.clear();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            String u = text.getUnicode();
            if (u == null || u.isBlank()) {
                return;
            }
            // Bold is often printed as the same glyph twice, a hair apart.
            for (int i = page.size() - 1; i >= 0 && i >= page.size() - 4; i--) {
                TextPosition o = page.get(i);
                if (o.getUnicode().equals(u) && Math.abs(o.getXDirAdj() - text.getXDirAdj()) < 0.5
                        && Math.abs(o.getYDirAdj() - text.getYDirAdj()) < 0.5) {
                    return;
                }
            }
            page.add(text);
            visible++;
        }

        @Override
        protected void endPage(PDPage p) {
            List<List<TextPosition>> lines = lines(page);
            float left = Float.MAX_VALUE;
            float right = 0;
            for (List<TextPosition> l : lines) {
                left = Math.min(left, l.get(0).getXDirAdj());
                TextPosition last = l.get(l.size() - 1);
                right = Math.max(right, last.getXDirAdj() + last.getWidthDirAdj());
            }
            int pageNo = getCurrentPageNo() - 1;
            String previous = null;
            float previousRight = 0;
            for (int i = 0; i < lines.size(); i++) {
                List<TextPosition> l = lines.get(i);
                String text = text(l);
                if (TextRow.isPageNumber(text)) {
                    continue;
                }
                float em = l.get(0).getWidthDirAdj() > 0 ? Math.max(l.get(0).getWidthDirAdj(), 4) : 10;
                boolean continues = previous != null && previousRight >= right - 2 * em
                        && l.get(0).getXDirAdj() <= left + em && continuable(previous) && !text.contains("   ")
                        && Labels.sectionOrdinal(text) == 0 && !text.startsWith("（") && !text.startsWith("(");
                TextPosition last = l.get(l.size() - 1);
                previousRight = last.getXDirAdj() + last.getWidthDirAdj();
                if (continues) {
                    Line joined = (Line) blocks.remove(blocks.size() - 1);
                    previous = joined.text() + text;
                    blocks.add(new Line(previous, joined.at()));
                } else {
                    previous = text;
                    blocks.add(new Line(text, SourcePosition.pageLine(pageNo, i)));
                }
            }
            page.clear();
        }

        /** A line that may run on into the next: prose, not a table row, not the end of a sentence. */
        private static boolean continuable(String text) {
            String t = text.strip();
            return !t.isEmpty() && "。！？；!?".indexOf(t.charAt(t.length() - 1)) < 0 && !t.contains("   ");
        }

        /** The glyphs of a page grouped by baseline, top to bottom, each line left to right. */
        private static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
            List<TextPosition> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
            List<List<TextPosition>> out = new ArrayList<>();
            List<TextPosition> line = new ArrayList<>();
            float y = Float.NaN;
            for (TextPosition t : sorted) {
                float tolerance = Math.max(1.5f, 0.4f * Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.5f));
                if (!line.isEmpty() && Math.abs(t.getYDirAdj() - y) > tolerance) {
                    out.add(line);
                    line = new ArrayList<>();
                }
                if (line.isEmpty()) {
                    y = t.getYDirAdj();
                }
                line.add(t);
            }
            if (!line.isEmpty()) {
                out.add(line);
            }
            for (List<TextPosition> l : out) {
                l.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            }
            return out;
        }

        /** A line's text, with a space for a gap between words and three for a gap between cells. */
        private static String text(List<TextPosition> line) {
            StringBuilder sb = new StringBuilder();
            TextPosition prev = null;
            for (TextPosition t : line) {
                if (prev != null) {
                    float gap = t.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
                    float em = Math.max(Math.max(prev.getWidthDirAdj(), t.getWidthDirAdj()), 1f);
                    if (gap > CELL_GAP * em) {
                        sb.append("   ");
                    } else if (gap > WORD_GAP * em) {
                        sb.append(' ');
                    }
                }
                sb.append(t.getUnicode());
                prev = t;
            }
            return sb.toString().strip();
        }
    }
}
