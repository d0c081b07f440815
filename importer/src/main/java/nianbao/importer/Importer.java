package nianbao.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nianbao.core.template.Template;
import nianbao.core.template.TemplateRegistry;
import nianbao.importer.ImportProblem.Severity;

/**
 * Turns a published report into report-language text: reads the file by its kind (.docx, .doc/.wps, .pdf,
 * .html/.htm, .txt), maps it onto each built-in template and keeps the one its tables fit best
 * (that is how a 2019-format report is told from a 2021 one). Never throws on bad input: what
 * cannot be read becomes a problem.
 */
public final class Importer {

    private Importer() {
    }

    /** Imports one file; the result's problems say what could not be carried over, with positions in the file. */
    public static ImportResult importFile(Path file) {
        return importFile(file, builtInTemplates());
    }

    /**
     * Imports one file, choosing among the given templates (a county template besides the
     * national ones).
     *
     * @param templates by the reference the report should name after {@code 模板：} (an id of a
     *                  built-in template, or a path such as {@code qingshan-county.nbt}), in order of preference
     */
    public static ImportResult importFile(Path file, Map<String, Template> templates) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return failed(ProblemId.FILE_UNREADABLE, "无法读取文件：" + e.getMessage());
        }
        return importBytes(file.getFileName().toString(), bytes, templates);
    }

    /** Imports the content of a file; {@code fileName} gives its kind by its extension. */
    public static ImportResult importBytes(String fileName, byte[] bytes) {
        return importBytes(fileName, bytes, builtInTemplates());
    }

    /** The built-in templates, by id. */
    public static Map<String, Template> builtInTemplates() {
        TemplateRegistry registry = TemplateRegistry.builtIn();
        Map<String, Template> out = new LinkedHashMap<>();
        for (String id : registry.builtInIds()) {
            out.put(id, registry.get(id));
        }
        return out;
    }

    /** Imports the content of a file, choosing among the given templates. */
    public static ImportResult importBytes(String fileName, byte[] bytes, Map<String, Template> templates) {
        if (bytes.length == 0) {
            return failed(ProblemId.FILE_EMPTY, "文件是空的");
        }
        List<ImportProblem> problems = new ArrayList<>();
        SourceDocument document;
        try {
            document = read(fileName, bytes, problems);
        } catch (IOException | RuntimeException e) {
            return failed(ProblemId.FILE_UNREADABLE, "无法读取文件：" + reason(e));
        }
        if (document == null) {
            return new ImportResult("", null, problems, true);
        }
        if (document.blocks().isEmpty()) {
            return failed(ProblemId.FILE_EMPTY, "文件中没有文字");
        }
        try {
            return importDocument(document, fileName, problems, templates);
        } catch (RuntimeException e) {
            // A bug of ours must not show the clerk a stack trace; the message says what happened.
            return failed(ProblemId.INTERNAL_ERROR, "导入时出错（" + e.getClass().getSimpleName() + "）：" + e.getMessage());
        }
    }

    /** Maps a read document onto the template that fits it best. */
    static ImportResult importDocument(SourceDocument document, String sourceName, List<ImportProblem> readProblems,
            Map<String, Template> templates) {
        document = PageFurniture.separate(document);
        ReportMapper.Outcome best = null;
        int bestEvidence = 0;
        String reference = null;
        for (Map.Entry<String, Template> candidate : templates.entrySet()) {
            ReportMapper.Outcome outcome = ReportMapper.map(document, candidate.getValue());
            int evidence = FormatEvidence.count(document, candidate.getValue(), templates.values());
            if (best == null || fit(outcome, evidence, best, bestEvidence) < 0) {
                best = outcome;
                bestEvidence = evidence;
                reference = candidate.getKey();
            }
        }
        List<ImportProblem> problems = new ArrayList<>(readProblems);
        if (best == null || (best.cells() == 0 && best.report().sections.isEmpty())) {
            problems.add(ImportProblem.error(ProblemId.NOT_A_REPORT, SourcePosition.FILE,
                    "文件中没有找到政府信息公开工作年度报告的章节和表格，无法导入"));
            return new ImportResult("", null, problems, true);
        }
        Template template = best.report().template;
        problems.add(ImportProblem.note(ProblemId.FORMAT_DETECTED, SourcePosition.FILE,
                "按表格样式识别为「" + template.name() + "」（" + reference + "）"));
        Integer year = best.report().year;
        if (year != null && !template.appliesTo(year)) {
            problems.add(ImportProblem.warning(ProblemId.YEAR_FORMAT_MISMATCH, SourcePosition.FILE,
                    "报告年度是" + year + "年，但表格是「" + template.name() + "」的样式"));
        }
        problems.addAll(best.problems());
        return new ImportResult(NianbaoWriter.write(best.report(), reference, sourceName), reference, problems,
                best.tableLost());
    }

    /**
     * Fewer lost tables, then more cells read, then more of the template's own words in the
     * document (what tells the formats apart when no table could be read; first when tables are
     * lost either way), then fewer errors, then the template made for the report's year.
     */
    private static int fit(ReportMapper.Outcome a, int aEvidence, ReportMapper.Outcome b, int bEvidence) {
        int c = Boolean.compare(a.tableLost(), b.tableLost());
        if (c == 0 && a.tableLost()) {
            // Tables lost either way: the few cells read are a poor sign of the format, its words a good one.
            c = Integer.compare(bEvidence, aEvidence);
        }
        if (c == 0) {
            c = Integer.compare(b.cells(), a.cells());
        }
        if (c == 0) {
            c = Integer.compare(bEvidence, aEvidence);
        }
        if (c == 0) {
            c = Integer.compare(a.errors(), b.errors());
        }
        if (c == 0) {
            c = Boolean.compare(outOfYears(a), outOfYears(b));
        }
        return c;
    }

    private static boolean outOfYears(ReportMapper.Outcome o) {
        return o.report().year == null || !o.report().template.appliesTo(o.report().year);
    }

    private static SourceDocument read(String fileName, byte[] bytes, List<ImportProblem> problems) throws IOException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return DocxReader.read(bytes, problems);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HtmlReader.read(bytes);
        }
        if (name.endsWith(".txt")) {
            String text = decode(bytes, problems);
            return text == null ? null : TextReader.read(text);
        }
        if (name.endsWith(".pdf")) {
            return PdfReader.read(bytes, problems);
        }
        if (name.endsWith(".doc") || name.endsWith(".wps")) {
            return DocReader.read(fileName, bytes, problems);
        }
        problems.add(ImportProblem.error(ProblemId.UNSUPPORTED_FILE, SourcePosition.FILE,
                "不支持的文件类型「" + fileName + "」：只能导入 .docx、.doc、.wps、.pdf、.html/.htm 和 .txt"));
        return null;
    }

    /** UTF-8 (with or without BOM), else GB18030, the encoding of Chinese Windows text files. */
    private static String decode(byte[] bytes, List<ImportProblem> problems) {
        String text = strict(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = strict(bytes, Charset.forName("GB18030"));
            if (text != null) {
                problems.add(ImportProblem.note(ProblemId.ENCODING_GBK, SourcePosition.FILE, "文件按 GB18030（GBK）编码读取"));
            }
        }
        if (text == null || looksBinary(text)) {
            problems.add(ImportProblem.error(ProblemId.NOT_TEXT, SourcePosition.FILE, "文件不是文本（既不是 UTF-8 也不是 GBK 编码），无法读取"));
            return null;
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Control characters other than line ends and tabs do not occur in text. */
    private static boolean looksBinary(String text) {
        long control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        return control > text.length() / 100;
    }

    private static String reason(Exception e) {
        String name = e.getClass().getSimpleName();
        if (name.contains("NotOfficeXml") || name.contains("OLE2") || name.contains("ZipException")
                || name.contains("InvalidFormat")) {
            return "不是有效的 .docx 文件";
        }
        return e.getMessage() == null ? name : e.getMessage();
    }

    private static ImportResult failed(ProblemId kind, String message) {
        return new ImportResult("", null, List.of(ImportProblem.error(kind, SourcePosition.FILE, message)), true);
    }
}
