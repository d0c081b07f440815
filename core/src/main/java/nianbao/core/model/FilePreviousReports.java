package nianbao.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.core.template.FieldDef;
import nianbao.core.template.TemplateResolver;
import nianbao.core.text.Names;
import nianbao.syntax.ReportSyntaxParser;
import org.jspecify.annotations.Nullable;

/**
 * Last year's report as a file: the one the header names ({@code 上年报告：./x-2021.nianbao},
 * relative to the report), else the report in the same folder with the same agency and the
 * previous year.
 */
public final class FilePreviousReports implements PreviousReports {

    private final Path reportFile;
    private final Path root;
    private final TemplateResolver resolver;
    private final Folders folders;

    public FilePreviousReports(Path reportFile, Path root, TemplateResolver resolver) {
        this(reportFile, root, resolver, new Folders());
    }

    /**
     * @param folders the year and agency of the reports of each folder, as far as already read:
     *                shared by the reports of one run, so that a folder of n reports is read
     *                once, not n times
     */
    public FilePreviousReports(Path reportFile, Path root, TemplateResolver resolver, Folders folders) {
        this.reportFile = reportFile.toAbsolutePath().normalize();
        this.root = root.toAbsolutePath().normalize();
        this.resolver = resolver;
        this.folders = folders;
    }

    /**
     * The report files of each folder with the text of their headers, read once per folder and
     * kept: a run that checks many reports of one folder (the CLI) looks each one up in this list
     * instead of reading the whole folder for every report. A header is bound to its template only
     * when its text could be last year's header of the report being looked up, and then once. It
     * sees a folder as it was when first read, so it belongs to one run, not to a long-lived process.
     */
    public static final class Folders {

        /** A report file and its header: the text, folded ({@link Names#fold}) for a quick test. */
        static final class Entry {
            final Path file;
            final String header;
            final String folded;

            Entry(Path file, String header) {
                this.file = file;
                this.header = header;
                this.folded = Names.fold(header);
            }

            /**
             * False when the header cannot state this year and agency: the year's digits or the
             * agency's canonical name are not even in its text. (True does not mean it does.)
             */
            boolean mayState(int year, String agency) {
                return folded.contains(Integer.toString(year)) && folded.contains(agency);
            }
        }

        private final Map<Path, List<Entry>> byFolder = new ConcurrentHashMap<>();
        private final Map<Path, Optional<Report>> headers = new ConcurrentHashMap<>();

        List<Entry> reports(Path dir) {
            // get, then putIfAbsent rather than computeIfAbsent(dir, Folders::list): no method
            // reference for a short run to link (BENCHMARKS.md); a folder listed twice at once lists alike
            List<Entry> entries = byFolder.get(dir);
            if (entries == null) {
                List<Entry> listed = list(dir);
                entries = byFolder.putIfAbsent(dir, listed);
                if (entries == null) {
                    entries = listed;
                }
            }
            return entries;
        }

        /** The header of an entry bound to its template; empty when it cannot be read. */
        @Nullable Report header(Entry entry, TemplateResolver resolver) {
            return headers.computeIfAbsent(entry.file, f -> Optional.ofNullable(bindHeader(entry.header, resolver)))
                    .orElse(null);
        }

        private static List<Entry> list(Path dir) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
                for (Path p : listing) {
                    if (p.getFileName().toString().endsWith(".nianbao")) {
                        files.add(p);
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                return List.of();
            }
            Collections.sort(files);
            List<Entry> entries = new ArrayList<>();
            for (Path p : files) {
                String header = readHeader(p);
                if (header != null) {
                    entries.add(new Entry(p, header));
                }
            }
            return entries;
        }
    }

    @Override
    public Lookup find(Report current) {
        Path dir = reportFile.getParent();
        if (dir == null) {
            return Lookup.NONE; // the root of the file system, not a report file
        }
        for (HeaderEntry e : current.header()) {
            if (e.def() != null && e.def().kind() == FieldDef.Kind.PREVIOUS_REPORT && !e.value().text().isEmpty()) {
                Path named = dir.resolve(e.value().text()).normalize();
                if (!named.startsWith(root)) {
                    return new Lookup(null, null, "上年报告的路径不能离开工作区：" + e.value().text());
                }
                if (named.equals(reportFile)) {
                    return new Lookup(null, null, "上年报告指向本报告自身（" + e.value().text() + "）");
                }
                Report r = read(named);
                if (r == null) {
                    return new Lookup(null, null, "找不到上年报告文件：" + e.value().text());
                }
                String misfit = misfit(current, r, e.value().text());
                return misfit != null ? new Lookup(null, null, misfit) : new Lookup(r, named.toString(), null);
            }
        }
        if (current.year() == null || dir == null) {
            return Lookup.NONE;
        }
        String agency = agency(current);
        if (agency == null) {
            return Lookup.NONE;
        }
        int lastYear = current.year() - 1;
        for (Folders.Entry candidate : folders.reports(dir)) {
            Path p = candidate.file;
            if (!candidate.mayState(lastYear, agency) || p.toAbsolutePath().normalize().equals(reportFile)) {
                continue;
            }
            Report header = folders.header(candidate, resolver);
            if (header != null && header.year() != null && header.year() == lastYear && agency.equals(agency(header))) {
                Report r = read(p);
                if (r != null && r.year() != null && r.year() == current.year() - 1 && agency.equals(agency(r))) {
                    return new Lookup(r, p.toString(), null);
                }
            }
        }
        return Lookup.NONE;
    }

    /**
     * What does not fit in a report named as last year's: another agency, a year other than this
     * year − 1 (in Chinese, each thing that does not fit); null when it fits, or when the year or
     * agency of either is not stated (that is reported where it is missing).
     */
    static @Nullable String misfit(Report current, Report last, String name) {
        List<String> wrong = new ArrayList<>();
        if (current.year() != null && last.year() != null && last.year() != current.year() - 1) {
            wrong.add("年度为 " + last.year() + "，应为 " + (current.year() - 1));
        }
        String agency = agency(current);
        String lastAgency = agency(last);
        if (agency != null && lastAgency != null && !agency.isEmpty() && !lastAgency.isEmpty()
                && !sameAgency(current, agency, lastAgency)) {
            wrong.add("机关为“" + lastAgency + "”，不是本报告的“" + agency + "”");
        }
        return wrong.isEmpty() ? null : "上年报告 " + name + " 的" + String.join("；", wrong);
    }

    /**
     * Whether two ways of writing an agency may name the same one: their short names (the
     * template's 简称去掉) are equal or one begins with the other (云溪镇 and 云溪镇政府). Lenient on
     * purpose: a false alarm costs more than a miss.
     */
    private static boolean sameAgency(Report current, String a, String b) {
        FieldDef field = null;
        for (FieldDef f : current.template().fields()) {
            if (f.kind() == FieldDef.Kind.AGENCY) {
                field = f;
            }
        }
        String x = field == null ? a : field.shortAgency(a);
        String y = field == null ? b : field.shortAgency(b);
        return x.startsWith(y) || y.startsWith(x);
    }

    private static @Nullable String agency(Report r) {
        for (HeaderEntry e : r.header()) {
            if (e.def() != null && e.def().kind() == FieldDef.Kind.AGENCY) {
                return Names.normalize(e.value().text());
            }
        }
        return null;
    }

    /** How much of a file is read first for its header: a header is a few lines, rarely 1 KB. */
    private static final int HEADER_PREFIX = 8192;

    /**
     * A report file's header only: the text before its first heading, where the header ends, or
     * null when it cannot be read as UTF-8. The report language is read line by line, so those
     * lines parse as they do in the whole file. Reads the first {@value #HEADER_PREFIX} bytes, and
     * the whole file only when no heading starts in them: a folder's other reports are read for
     * their headers only.
     */
    private static @Nullable String readHeader(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] prefix = in.readNBytes(HEADER_PREFIX);
            boolean whole = prefix.length < HEADER_PREFIX || in.read() < 0;
            String text = decode(prefix, whole);
            if (text == null) {
                return null;
            }
            int end = headerEnd(text);
            if (whole || end < text.length()) {
                return text.substring(0, end);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.substring(0, headerEnd(text));
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    private static Report bindHeader(String header, TemplateResolver resolver) {
        return ReportBinder.bind(ReportSyntaxParser.parse(header), resolver).report();
    }

    /**
     * Bytes as UTF-8, or null when they are not; a prefix may end inside a character, which is
     * then left out.
     */
    private static @Nullable String decode(byte[] bytes, boolean whole) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, whole);
        if (result.isError() || (whole && decoder.flush(out).isError())) {
            return null;
        }
        return out.flip().toString();
    }

    /** Where the first line that is a heading (after any leading spaces) starts; else the length. */
    static int headerEnd(String text) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int i = lineStart;
            while (i < text.length() && " \t\u3000\u00A0\uFEFF".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '#') {
                return lineStart;
            }
            int nl = text.indexOf('\n', lineStart);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return text.length();
    }

    private @Nullable Report read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return ReportBinder.bind(ReportSyntaxParser.parse(text), resolver).report();
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }
}
