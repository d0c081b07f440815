package nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.core.template.FieldDef;
import nianbao.importer.SourceDocument.Line;

/**
 * The header facts of a report — title, year, agency — from the lines before its first
 * section; other such lines move into the first section.
 */
final class ReportHeader {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年");
    private static final Pattern PERIOD = Pattern.compile("统计期限[^0-9]{0,8}((?:19|20)[0-9]{2})年");
    /**
     * What makes a line a sentence rather than a title: a full stop, a comma or semicolon, or a
     * colon at its end (现将茅坪回族镇2022年度政府信息公开工作报告如下： introduces the report, it
     * does not name it).
     */
    private static final Pattern SENTENCE = Pattern.compile("[。，,；;]|[：:]\\s*$");
    /** A line that names only the agency and the year. */
    private static final Pattern BYLINE = Pattern.compile("([^。，,；;：:]{0,40}?)\\s*[0-9]{4}\\s*年度");

    private final MappedReport report;
    private final List<Line> preamble;
    private final List<Line> allLines;
    private final List<PageFurniture.Field> furniture;
    private final SectionHeadings headings;
    private final List<ImportProblem> problems;

    private ReportHeader(MappedReport report, List<Line> preamble, List<Line> allLines, List<PageFurniture.Field> furniture,
            SectionHeadings headings, List<ImportProblem> problems) {
        this.report = report;
        this.preamble = new ArrayList<>(preamble);
        this.allLines = allLines;
        this.furniture = furniture;
        this.headings = headings;
        this.problems = problems;
    }

    /**
     * Sets the report's title, year and agency.
     *
     * @param preamble the non-blank lines before the first section heading
     * @param allLines every non-blank line, for the year's statistics period and the agency's full name
     * @param furniture the page's metadata box and byline, for the publisher
     */
    static void read(MappedReport report, List<Line> preamble, List<Line> allLines, List<PageFurniture.Field> furniture,
            SectionHeadings headings, List<ImportProblem> problems) {
        new ReportHeader(report, preamble, allLines, furniture, headings, problems).read();
    }

    private void read() {
        int titleAt = title();
        for (int i = 0; i < titleAt; i++) {
            Line l = preamble.get(i);
            problems.add(ImportProblem.note(ProblemId.BEFORE_TITLE, l.at(), "标题前的文字「" + l.text() + "」未导入"));
        }
        String statedAgency = moveRest(titleAt);
        report.year = year();
        if (report.year == null) {
            problems.add(ImportProblem.warning(ProblemId.YEAR_MISSING, SourcePosition.FILE, "没有找到报告年度，请补上「年度」"));
        }
        if (!furniture.isEmpty()) {
            StringBuilder fields = new StringBuilder();
            for (PageFurniture.Field f : furniture) {
                fields.append("「").append(f.name()).append("：").append(f.value()).append("」");
            }
            problems.add(ImportProblem.note(ProblemId.PAGE_FURNITURE, furniture.get(0).at(),
                    "网页的发布信息" + fields + "不是报告正文，未导入正文"));
        }
        report.agency = statedAgency != null ? statedAgency : agency();
    }

    /** Finds the title (setting it on the report) and returns its index in the preamble, -1 when none. */
    private int title() {
        // The title names the report and its year; a web page's navigation above it may say 报告 too.
        // A sentence (。) is not a title: 本报告根据《条例》编制。 stands under it.
        int titleAt = -1;
        for (int i = 0; i < preamble.size() && titleAt < 0; i++) {
            String text = preamble.get(i).text();
            if (text.contains("报告") && !isSentence(text) && YEAR.matcher(text).find()) {
                titleAt = i;
            }
        }
        for (int i = 0; i < preamble.size() && titleAt < 0; i++) {
            if (preamble.get(i).text().contains("报告") && !isSentence(preamble.get(i).text())) {
                titleAt = i;
            }
        }
        if (titleAt >= 0 && !namesAgencyAndYear(preamble.get(titleAt).text())) {
            // The page's own title line without the agency (2022年政府信息公开工作年度报告) above the
            // report's title set on two lines (桃江县松木塘镇人民政府 / 2022年…): the fuller one.
            for (int i = titleAt + 2; i < preamble.size(); i++) {
                String name = preamble.get(i - 1).text().strip();
                String rest = preamble.get(i).text().strip();
                Matcher y = YEAR.matcher(rest);
                if (rest.contains("报告") && !isSentence(rest) && y.find() && y.start() == 0 && isFullName(name)) {
                    titleAt = i;
                    break;
                }
            }
        }
        String pageTitle = PageFurniture.first(furniture, PageFurniture.Role.TITLE);
        if (titleAt < 0 && pageTitle != null && pageTitle.contains("报告")) {
            // The page names the report above its text, which does not repeat it (a flat page text).
            report.title = Labels.oneLine(pageTitle);
            return -1;
        }
        if (titleAt < 0) {
            problems.add(ImportProblem.warning(ProblemId.TITLE_MISSING, SourcePosition.FILE, "没有找到报告标题，请补上「标题」"));
            return -1;
        }
        report.title = Labels.oneLine(preamble.get(titleAt).text());
        // A title set on two lines: 光华镇 / 2021年政府信息公开工作年度报告, or broken after the
        // agency's full name and year: 西咸新区底张街道办事处2023年度政府 / 信息公开工作年度报告.
        Matcher year = YEAR.matcher(report.title);
        boolean startsWithYear = year.find() && year.start() == 0;
        if (titleAt > 0 && (startsWithYear || !YEAR.matcher(report.title).find())) {
            String above = preamble.get(titleAt - 1).text();
            if (!isSentence(above) && above.codePointCount(0, above.length()) <= 30 && !above.contains("报告")
                    && (startsWithYear || namesAgencyAndYear(above))) {
                report.title = Labels.oneLine(above) + report.title;
                titleAt--;
                preamble.remove(titleAt + 1);
            }
        }
        return titleAt;
    }

    private static boolean isSentence(String text) {
        return SENTENCE.matcher(text).find();
    }

    /** True when the line starts with a full agency name (ending as the template's 全称 lines say) followed by a year. */
    private boolean namesAgencyAndYear(String line) {
        Matcher y = YEAR.matcher(line);
        if (!y.find()) {
            return false;
        }
        return isFullName(line.substring(0, y.start()).strip());
    }

    /** True when the words are an agency's full name: ending as the template's 全称 lines say. */
    private boolean isFullName(String name) {
        return AGENCY_WORDS.matcher(name).matches()
                && fullNames().stream().anyMatch(n -> name.length() > n.ending().length() && name.endsWith(n.ending()));
    }

    private List<FieldDef.FullName> fullNames() {
        List<FieldDef.FullName> fullNames = new ArrayList<>();
        for (FieldDef f : report.template.fields()) {
            if (f.kind() == FieldDef.Kind.AGENCY) {
                fullNames.addAll(f.fullNames());
            }
        }
        return fullNames;
    }

    /** Moves the lines after the title into the first section; returns the agency a byline names, or null. */
    private String moveRest(int titleAt) {
        MappedReport.Section first = report.sections.values().stream().min((a, b) -> a.def.order() - b.def.order())
                .orElse(null);
        List<MappedReport.Content> moved = new ArrayList<>();
        String statedAgency = null;
        for (int i = titleAt + 1; i < preamble.size(); i++) {
            Line l = preamble.get(i);
            // A byline under the title, "光华镇人民政府 2021年度" (as published pages print it): header, not prose.
            Matcher byline = BYLINE.matcher(l.text().strip());
            if (byline.matches()) {
                if (!byline.group(1).isBlank()) {
                    statedAgency = byline.group(1).strip();
                }
                problems.add(ImportProblem.note(ProblemId.BYLINE_READ, l.at(),
                        "标题下的「" + l.text().strip() + "」作为机关和年度读入"));
                continue;
            }
            int repeat = repeatedTitle(i);
            if (repeat > 0) {
                for (int k = i; k < i + repeat; k++) {
                    problems.add(ImportProblem.note(ProblemId.TITLE_REPEATED, preamble.get(k).at(),
                            "标题「" + preamble.get(k).text().strip() + "」重复，未导入"));
                }
                i += repeat - 1;
                continue;
            }
            if (first == null) {
                problems.add(ImportProblem.error(ProblemId.TEXT_OUTSIDE_SECTIONS, l.at(),
                        "文字「" + l.text() + "」不在任何部分之下，未导入"));
                continue;
            }
            moved.add(headings.prose(l.text(), l.at()));
            problems.add(ImportProblem.warning(ProblemId.TEXT_MOVED, l.at(),
                    "「" + l.text() + "」在第一部分标题之前，已放在「" + first.def.label() + "」开头"));
        }
        if (first != null) {
            first.content.addAll(0, moved);
        }
        return statedAgency;
    }

    /**
     * How many lines from {@code preamble[i]} print the title again, 0 when they do not: the title
     * itself (湖东镇2025年…报告 above and below the page's date), the part of a two-line title that
     * starts with the year (五常市民意乡 / 2021年…报告, then 2021年…报告 once more), or the report's
     * own fuller title, perhaps set on two lines, under the page's (西城区金融街街道2025年…报告, then
     * 北京市西城区金融街街道2025年政府 / 信息公开工作年度报告), which then is the title. Nothing the
     * report says twice is lost.
     */
    private int repeatedTitle(int i) {
        if (report.title == null) {
            return 0;
        }
        String title = Labels.oneLine(report.title);
        String line = Labels.oneLine(preamble.get(i).text());
        Matcher y = YEAR.matcher(line);
        if (line.equals(title) || (title.endsWith(line) && y.find() && y.start() == 0 && line.contains("报告"))) {
            return 1;
        }
        for (int n = 1; n <= 2 && i + n <= preamble.size(); n++) {
            StringBuilder joined = new StringBuilder();
            for (int k = i; k < i + n; k++) {
                joined.append(preamble.get(k).text().strip());
            }
            String fuller = joined.toString();
            String more = Labels.oneLine(fuller);
            more = more.endsWith(title) ? more.substring(0, more.length() - title.length()) : null;
            // The fuller title names the place above the title's (北京市): never a sentence's start (现公布…).
            if (more != null && !isSentence(fuller) && !more.isEmpty()
                    && ReportWords.words("place-ends").stream().anyMatch(more::endsWith)) {
                report.title = fuller;
                return n;
            }
        }
        return 0;
    }

    private Integer year() {
        if (report.title != null) {
            Matcher m = YEAR.matcher(report.title);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        for (Line l : allLines) {
            Matcher m = PERIOD.matcher(l.text());
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** An agency's name: Chinese words, perhaps with a bracketed part. */
    private static final Pattern AGENCY_WORDS = Pattern.compile("[\\p{IsHan}（）]+");

    /**
     * The agency, never made up: a full agency name the title states (淮安市洪泽区人民政府,
     * 上海市人民政府办公厅 — a name ending as the template's 全称 lines say), else the publisher
     * the page names, else the title's words completed to the full name the text itself uses
     * (光华镇 → 光华镇人民政府). When none is found the agency is left empty and a note says so.
     */
    private String agency() {
        List<FieldDef.FullName> fullNames = fullNames();
        String named = titleNames(fullNames);
        if (named != null) {
            problems.add(ImportProblem.note(ProblemId.AGENCY_FROM_TITLE, SourcePosition.FILE, "机关名取自标题「" + named + "」"));
            return named;
        }
        String publisher = PageFurniture.first(furniture, PageFurniture.Role.PUBLISHER);
        if (publisher != null) {
            problems.add(ImportProblem.note(ProblemId.AGENCY_FROM_PAGE, SourcePosition.FILE,
                    "机关名取自网页的发布机构「" + publisher + "」，请核对"));
            return publisher;
        }
        String prefix = titlePrefix();
        if (prefix.isEmpty()) {
            problems.add(ImportProblem.note(ProblemId.AGENCY_NOT_FOUND, SourcePosition.FILE, "没有找到机关名，请在报告头补上「机关」"));
            return null;
        }
        // A place's government (光华镇 → 光华镇人民政府), as far as the report itself writes it.
        List<FieldDef.FullName> completing = fullNames.stream().filter(n -> !n.places().isEmpty()).toList();
        if (!completing.isEmpty()) {
            StringBuilder endings = new StringBuilder();
            for (FieldDef.FullName n : completing) {
                endings.append(endings.length() == 0 ? "" : "|").append(Pattern.quote(n.ending()));
            }
            Pattern fuller = Pattern.compile(Pattern.quote(prefix) + "[\\p{IsHan}]{0,2}?(" + endings + ")");
            for (Line l : allLines) {
                Matcher f = fuller.matcher(l.text());
                if (f.find()) {
                    problems.add(ImportProblem.note(ProblemId.AGENCY_FROM_TITLE, l.at(),
                            "机关名按标题「" + prefix + "」和正文写作「" + f.group() + "」，请核对"));
                    return f.group();
                }
            }
        }
        // The title may name a local government by its place only (光华镇): the template says how
        // its full name would end, but the report does not say it — a suggestion, not a name.
        String suggestion = null;
        for (FieldDef.FullName n : fullNames) {
            if (n.places().stream().anyMatch(prefix::endsWith)) {
                suggestion = prefix + n.ending();
                break;
            }
        }
        problems.add(ImportProblem.note(ProblemId.AGENCY_NOT_FOUND, SourcePosition.FILE, "标题只写了「" + prefix
                + "」，报告中没有机关全称" + (suggestion == null ? "" : "（可能是「" + suggestion + "」）") + "，请在报告头补上「机关」"));
        return null;
    }

    /** The full agency name the title states, or null: its words apart from the year, ending as a full name ends. */
    private String titleNames(List<FieldDef.FullName> fullNames) {
        if (report.title == null) {
            return null;
        }
        // Where the title's words stop naming the agency (「…政府信息公开工作年度报告」): report-words.txt.
        String words = ReportWords.TITLE_TAIL.matcher(ReportWords.TITLE_LEAD.matcher(report.title).replaceAll("")).replaceAll("");
        words = YEAR.matcher(words).replaceAll("").replaceAll("^度|\\s", "").replaceAll("度$", "");
        if (!AGENCY_WORDS.matcher(words).matches()) {
            return null; // a path, a link or a label: no agency's name
        }
        for (FieldDef.FullName n : fullNames) {
            if (words.length() > n.ending().length() && words.endsWith(n.ending())) {
                return words;
            }
        }
        return null;
    }

    /** The title's words before the year (光华镇 in 光华镇2021年…), or "". */
    private String titlePrefix() {
        if (report.title == null) {
            return "";
        }
        Matcher m = YEAR.matcher(report.title);
        return ReportWords.TITLE_LEAD.matcher(m.find() ? report.title.substring(0, m.start()) : "").replaceAll("").strip();
    }
}
