package nianbao.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.importer.SourceDocument.Block;
import nianbao.importer.SourceDocument.Cell;
import nianbao.importer.SourceDocument.Line;
import nianbao.importer.SourceDocument.Table;

/**
 * The page furniture of a published report: a web page's metadata box above the title
 * (名称 / 索引号 / 发布机构 / 成文日期 …) and its byline (来源：…　时间：…). They are not report
 * text. The field names are data ({@code page-furniture.txt}); this class finds lines and
 * tables made of nothing but such fields and takes them out of the document.
 */
final class PageFurniture {

    /** What a field tells. */
    enum Role {
        PUBLISHER, DATE, TITLE, OTHER
    }

    /**
     * One field as the page prints it.
     *
     * @param name  the name as printed, spaces removed ({@code 发布机构})
     * @param value the value, possibly empty (a byline whose 来源 the page fills by script)
     */
    record Field(Role role, String name, String value, SourcePosition at) {
    }

    private static final Map<String, Role> NAMES = load();
    /** A field's name (its characters may be spaced out: 索 引 号) followed by a colon. */
    private static final Pattern LABEL = labelPattern();
    private static final Pattern DATE = Pattern.compile("(19|20)[0-9]{2}\\s*[-年./]\\s*[0-9]{1,2}.*");
    /** A date with a clock time and nothing else: a page's stamp, not a report's date. */
    private static final Pattern STAMP = Pattern.compile("(19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}\\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?");
    /** Bars and spaces around a value copied out of a box's cell ({@code | 陈宅镇 |}). */
    private static final Pattern BARS = Pattern.compile("^[|\\s]+|[|\\s]+$");
    /** A value longer than this, or with a full stop, is prose. */
    private static final int LONGEST_VALUE = 60;

    private PageFurniture() {
    }

    /**
     * The document without its furniture; the furniture read is in {@link SourceDocument#furniture()}.
     * Only the lines and tables before the first table that is not furniture are looked at: a
     * page prints its furniture around the title, above the report.
     */
    static SourceDocument separate(SourceDocument document) {
        List<Block> kept = new ArrayList<>();
        List<Field> furniture = new ArrayList<>(document.furniture());
        boolean body = false;
        for (Block block : document.blocks()) {
            List<Field> fields = body ? List.of()
                    : block instanceof Line l ? ofLine(l.text(), l.at())
                    : block instanceof Table t ? ofTable(t) : List.of();
            if (fields.isEmpty()) {
                kept.add(block);
                body = body || block instanceof Table;
            } else {
                furniture.addAll(fields);
            }
        }
        return new SourceDocument(kept, furniture);
    }

    /** The fields of a line made of nothing but furniture fields; empty for any other line. */
    static List<Field> ofLine(String text, SourcePosition at) {
        String line = text.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
        if (STAMP.matcher(line).matches()) {
            // A page's time stamp on its own line (2026-01-22 17:49:17): a report never dates itself to the second.
            return List.of(new Field(Role.DATE, "时间", line, at));
        }
        Matcher m = LABEL.matcher(line);
        List<int[]> labels = new ArrayList<>();
        boolean barred = false;
        while (m.find()) {
            labels.add(new int[] {m.start(1), m.end(1), m.end()});
            barred |= m.group(2).equals("|");
        }
        // A box copied as cells parted by bars (发布机构 | 镇安县政府 | 发布日期 | 2023-01-30 |): one
        // name before a bar could be any table's first cell, two make a box.
        if (labels.isEmpty() || labels.get(0)[0] != 0 || (barred && labels.size() < 2)) {
            return List.of();
        }
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int[] l = labels.get(i);
            String name = line.substring(l[0], l[1]).replaceAll("\\s", "");
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : line.length();
            String value = BARS.matcher(line.substring(l[2], end)).replaceAll("");
            Role role = NAMES.get(name);
            if (!plausible(role, value)) {
                return List.of();
            }
            out.add(new Field(role, name, value, at));
        }
        return out;
    }

    private static boolean plausible(Role role, String value) {
        // A path or link (本地目录, 原文链接) may be long; a text value that long is prose.
        int longest = role == Role.OTHER && !value.contains(" ") ? 3 * LONGEST_VALUE : LONGEST_VALUE;
        if (value.contains("。") || value.codePointCount(0, value.length()) > longest) {
            return false;
        }
        return role != Role.DATE || value.isEmpty() || DATE.matcher(value).matches();
    }

    /**
     * The fields of a metadata box: a table whose cells are field names, each followed by its
     * value in the next cell (or written 名称：值 in one cell). Empty for any other table.
     */
    static List<Field> ofTable(Table table) {
        List<Field> out = new ArrayList<>();
        int nonBlank = 0;
        int labels = 0;
        for (List<Cell> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                if (cell.continued() || cell.isBlank()) {
                    continue;
                }
                nonBlank++;
                String name = cell.text().replaceAll("\\s", "").replaceAll("[:：]$", "");
                Role role = NAMES.get(name);
                if (role != null) {
                    labels++;
                    Cell next = i + 1 < row.size() ? row.get(i + 1) : null;
                    String value = next == null || next.continued()
                            || NAMES.containsKey(next.text().replaceAll("\\s", "").replaceAll("[:：]$", ""))
                            ? "" : next.text().strip();
                    out.add(new Field(role, name, value, cell.at()));
                    continue;
                }
                List<Field> inCell = ofLine(cell.text(), cell.at());
                if (!inCell.isEmpty()) {
                    labels++;
                    out.addAll(inCell);
                }
            }
        }
        // Names make at least a third of the filled cells (names and their values, and no more).
        return labels >= 2 && labels * 3 >= nonBlank ? out : List.of();
    }

    /** The first non-empty value of a role, or null. */
    static String first(List<Field> furniture, Role role) {
        return furniture.stream().filter(f -> f.role() == role && !f.value().isEmpty()).map(Field::value).findFirst()
                .orElse(null);
    }

    private static Pattern labelPattern() {
        List<String> names = new ArrayList<>(NAMES.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String name : names) {
            StringBuilder spaced = new StringBuilder();
            name.codePoints().forEach(c -> spaced.append(spaced.length() == 0 ? "" : "\\s*")
                    .append(Pattern.quote(new String(Character.toChars(c)))));
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(spaced);
        }
        // Pages run the fields together once their markup is gone: 来源：海坛片区时间：2025-01-23.
        // A box copied as text parts name and value by a colon, a bar, or both (发布机构: | 陈宅镇 |).
        return Pattern.compile("(" + alternatives + ")\\s*([:：]|\\|)(?:\\s*\\|)?");
    }

    private static Map<String, Role> load() {
        Map<String, Role> out = new LinkedHashMap<>();
        try (InputStream in = PageFurniture.class.getResourceAsStream("page-furniture.txt")) {
            if (in == null) {
                throw new IllegalStateException("page-furniture.txt missing from the importer");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] words = line.strip().split("\\s+");
                if (words.length < 2 || words[0].startsWith("#")) {
                    continue;
                }
                Role role = Role.valueOf(words[0].toUpperCase(java.util.Locale.ROOT));
                for (int i = 1; i < words.length; i++) {
                    out.put(words[i], role);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
