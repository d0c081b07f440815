package nianbao.core.output;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.syntax.Position;

/**
 * Findings as a JUnit XML report, which CI services show as a list of tests: one test case per
 * file checked, failed when the file has errors (or, with {@code warningsFail}, warnings), the
 * failure's text listing every finding as the text output prints it. Findings that do not fail
 * the case go to its {@code system-out}. Written by the JDK's XML writer, so every value is escaped.
 */
public final class JunitOutput {

    private JunitOutput() {
    }

    public static String render(List<CheckedFile> files, boolean warningsFail) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            int failures = 0;
            for (CheckedFile f : files) {
                failures += failed(f, warningsFail) ? 1 : 0;
            }
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "nianbao check");
            w.writeAttribute("tests", Integer.toString(files.size()));
            w.writeAttribute("failures", Integer.toString(failures));
            w.writeAttribute("errors", "0");
            w.writeCharacters("\n  ");
            w.writeStartElement("testsuite");
            w.writeAttribute("name", "nianbao check");
            w.writeAttribute("tests", Integer.toString(files.size()));
            w.writeAttribute("failures", Integer.toString(failures));
            w.writeAttribute("errors", "0");
            w.writeAttribute("skipped", "0");
            for (CheckedFile f : files) {
                w.writeCharacters("\n    ");
                testCase(w, f, warningsFail);
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing JUnit XML to a string failed", e);
        }
        return text.toString();
    }

    private static boolean failed(CheckedFile f, boolean warningsFail) {
        return f.count(Severity.ERROR) > 0 || (warningsFail && f.count(Severity.WARNING) > 0);
    }

    private static void testCase(XMLStreamWriter w, CheckedFile f, boolean warningsFail) throws XMLStreamException {
        w.writeStartElement("testcase");
        w.writeAttribute("classname", "nianbao.check");
        w.writeAttribute("name", xml(f.path()));
        w.writeAttribute("file", xml(f.path()));
        if (failed(f, warningsFail)) {
            long errors = f.count(Severity.ERROR);
            long warnings = f.count(Severity.WARNING);
            w.writeStartElement("failure");
            w.writeAttribute("type", errors > 0 ? "error" : "warning");
            w.writeAttribute("message", errors + " 个错误，" + warnings + " 个警告");
            w.writeCharacters(lines(f));
            w.writeEndElement();
        } else if (!f.findings().isEmpty()) {
            w.writeStartElement("system-out");
            w.writeCharacters(lines(f));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /** The findings as {@code path:line:col: severity: message [id]}, one-based, as {@code check} prints them. */
    private static String lines(CheckedFile f) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : f.findings()) {
            Position s = d.range().start();
            out.append(f.pathOf(d)).append(':').append(s.line() + 1).append(':').append(s.character() + 1).append(": ")
                    .append(d.severity().key()).append(": ").append(d.message()).append(" [").append(d.id()).append("]\n");
        }
        return xml(out.toString());
    }

    /** A report may quote control characters that XML 1.0 cannot hold; they become U+FFFD. */
    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            out.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return out.toString();
    }
}
