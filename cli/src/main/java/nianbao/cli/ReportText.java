package nianbao.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a report file as UTF-8, refusing (with the byte offset) any bytes that are not. */
final class ReportText {

    private ReportText() {
    }

    static String read(Path file) throws InputProblem {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputProblem("找不到文件：" + file);
        } catch (IOException e) {
            throw new InputProblem("无法读取文件 " + file + "：" + FileErrors.reason(e));
        }
        return decode(file, bytes);
    }

    static String decode(Path file, byte[] bytes) throws InputProblem {
        // A lenient decoder would silently put U+FFFD into the report; a GBK file must be refused
        // with a message that says where, not published with garbage in it.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            int offset = in.position();
            throw new InputProblem(file + "：不是 UTF-8 编码的文本，第 " + lineOf(out) + " 行（字节偏移 " + offset + "）处的字节 "
                    + hex(bytes, offset, result.length()) + " 不是有效的 UTF-8。"
                    + "文件可能是用 GBK 等其他编码保存的，请在编辑器里另存为 UTF-8 后重试。");
        }
        return out.toString();
    }

    /** One-based line of the end of the decoded text; CR, LF and CRLF each end a line. */
    private static int lineOf(CharSequence decoded) {
        int line = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == decoded.length() || decoded.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static String hex(byte[] bytes, int offset, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = offset; i < Math.min(bytes.length, offset + Math.max(1, length)); i++) {
            s.append(s.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
        }
        return s.toString();
    }
}
