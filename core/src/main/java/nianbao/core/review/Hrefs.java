package nianbao.core.review;

import java.nio.charset.StandardCharsets;

/** Paths as link targets: every byte outside the unreserved characters (and {@code /}) percent-encoded. */
final class Hrefs {

    private Hrefs() {
    }

    static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** A template id (which may be a path, {@code ../qingshan-county.nbt}) as one file name. */
    static String fileName(String id) {
        String name = id.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^[._]+", "");
        return name.isEmpty() ? "template" : name;
    }
}
