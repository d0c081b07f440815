package nianbao.core.template;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nianbao.syntax.Position;
import nianbao.syntax.Range;

/**
 * The reading half of {@link TemplateImage}: reads what the method of the same name in
 * {@link ImageOut} wrote. An image may be damaged: every count is checked against the bytes left,
 * and a bad position or enum ordinal throws (the image is then not used, see
 * {@link TemplateImage#read}).
 */
final class ImageIn {
    private final DataInputStream in;

    ImageIn(DataInputStream in) {
        this.in = in;
    }

    int readInt() throws IOException {
        return in.readInt();
    }

    byte readByte() throws IOException {
        return in.readByte();
    }

    boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    double readDouble() throws IOException {
        return in.readDouble();
    }

    /** Whether bytes are left (an optional part follows). */
    boolean more() throws IOException {
        return in.available() > 0;
    }

    /** A number of items to read: never more than bytes are left (a damaged image). */
    int count() throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("not an image: a count of " + n);
        }
        return n;
    }

    String string() throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    List<String> strings() throws IOException {
        int n = count();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(string());
        }
        return list;
    }

    Range range() throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        int startLine = in.readInt();
        int startChar = in.readInt();
        int endLine = in.readInt();
        return new Range(new Position(startLine, startChar), new Position(endLine, in.readInt()));
    }

    /** The item at a position written by {@link ImageOut#index}. */
    <T> T index(List<T> list) throws IOException {
        return list.get(in.readInt());
    }

    /** The item at a position written by {@link ImageOut#indexOrNone}, or null. */
    <T> T indexOrNone(List<T> list) throws IOException {
        int i = in.readInt();
        return i < 0 ? null : list.get(i);
    }

    /** What every declaration has; the aliases and description are set after construction. */
    static final class Declaration {
        String id;
        String label;
        List<String> aliases;
        String description;
        List<String> formerIds;
        String templateId;
        Range range;

        void applyTo(Declared d) {
            d.addAliases(aliases);
            d.setDescription(description);
            d.addFormerIds(formerIds);
        }
    }

    Declaration declaration() throws IOException {
        Declaration d = new Declaration();
        d.id = string();
        d.label = string();
        d.aliases = strings();
        d.description = string();
        d.formerIds = strings();
        d.templateId = string();
        d.range = range();
        return d;
    }
}
