package nianbao.core.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.model.HeaderEntry;
import nianbao.core.model.ReportBinder;
import nianbao.core.template.FieldDef;
import nianbao.core.template.TemplateResolver;
import nianbao.core.text.Names;
import nianbao.syntax.Range;

/** Above the first heading: the header fields not yet written, and after {@code 模板：} the template names. */
final class HeaderCompletion {

    private HeaderCompletion() {
    }

    static List<CompletionItem> items(CompletionCaret c) {
        String text = c.text();
        int colon = -1;
        for (int i = c.indent(); i < c.caret(); i++) {
            if (text.charAt(i) == ':' || text.charAt(i) == '：') {
                colon = i;
                break;
            }
        }
        if (colon >= 0) {
            String key = Names.normalize(text.substring(c.indent(), colon));
            if (!key.equals(ReportBinder.TEMPLATE_FIELD)) {
                return List.of();
            }
            int start = colon + 1;
            while (start < text.length() && Locations.isSpace(text.charAt(start))) {
                start++;
            }
            return templateNames(c.templates(),
                    c.range(Math.min(start, c.caret()), Math.max(c.caret(), Locations.contentEnd(text))));
        }
        if (CompletionCaret.hasSpace(c.typed())) {
            return List.of();
        }
        Set<FieldDef> written = new HashSet<>();
        for (HeaderEntry h : c.report().header()) {
            if (h.def() != null && h.range().start().line() != c.line()) {
                written.add(h.def());
            }
        }
        Range range = c.range(c.indent(), Math.max(c.caret(), Locations.contentEnd(text)));
        List<CompletionItem> out = new ArrayList<>();
        List<FieldDef> fields = c.report().template().fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldDef f = fields.get(i);
            if (!written.contains(f)) {
                String detail = f.description().isEmpty() ? (f.required() ? "必填" : "") : f.description();
                out.add(new CompletionItem(f.id() + "：", detail, f.id() + "：", Completion.filterText("", f.names()),
                        CompletionItem.Kind.FIELD, Completion.sortText(i), false, range));
            }
        }
        return out;
    }

    private static List<CompletionItem> templateNames(TemplateResolver templates, Range range) {
        List<CompletionItem> out = new ArrayList<>();
        List<String> names = templates.knownNames();
        for (int i = 0; i < names.size(); i++) {
            String id = names.get(i);
            TemplateResolver.Resolution r = templates.resolve(id);
            String detail = r == null ? "" : r.template().name();
            out.add(new CompletionItem(id, detail, id, id, CompletionItem.Kind.TEMPLATE, Completion.sortText(i), false,
                    range));
        }
        return out;
    }
}
