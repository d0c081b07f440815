package nianbao.core.template;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import nianbao.syntax.Range;

/**
 * The writing half of {@link TemplateImage}: the values every part of an image is made of
 * (strings, lists of strings, ranges, what every declaration has, positions in a list). Each is
 * read back by the method of the same name in {@link ImageIn}.
 */
final class ImageOut {
    private final DataOutputStream out;

    ImageOut(DataOutputStream out) {
        this.out = out;
    }

    void writeInt(int v) throws IOException {
        out.writeInt(v);
    }

    void writeByte(int v) throws IOException {
        out.writeByte(v);
    }

    void writeBoolean(boolean v) throws IOException {
        out.writeBoolean(v);
    }

    void writeDouble(double v) throws IOException {
        out.writeDouble(v);
    }

    /** A string or null: whether it is there, then its modified UTF-8. */
    void string(String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    void strings(List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(s);
        }
    }

    /** A range or null: whether it is there, then its four numbers. */
    void range(Range r) throws IOException {
        out.writeBoolean(r != null);
        if (r != null) {
            out.writeInt(r.start().line());
            out.writeInt(r.start().character());
            out.writeInt(r.end().line());
            out.writeInt(r.end().character());
        }
    }

    /** What every declaration has, read back by {@link ImageIn#declaration()}. */
    void declared(Declared d) throws IOException {
        string(d.id());
        string(d.label());
        strings(d.aliases());
        string(d.description());
        strings(d.formerIds());
        string(d.templateId());
        range(d.declaredAt());
    }

    /** A reference: the position of an item (the same object) in its table's list. */
    <T> void index(List<T> list, T item) throws IOException {
        out.writeInt(indexOf(list, item));
    }

    /** A reference that may be missing: -1 for null. */
    <T> void indexOrNone(List<T> list, T item) throws IOException {
        out.writeInt(item == null ? -1 : indexOf(list, item));
    }

    private static <T> int indexOf(List<T> list, T item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        throw new IllegalStateException("not in its table: " + item);
    }
}
