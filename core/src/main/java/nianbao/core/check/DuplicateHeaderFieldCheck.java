package nianbao.core.check;

import java.util.HashSet;
import java.util.Set;
import nianbao.core.diagnostic.Severity;
import nianbao.core.model.HeaderEntry;
import nianbao.core.text.Names;

/** The same header field is written twice. */
final class DuplicateHeaderFieldCheck extends BaseCheck {

    DuplicateHeaderFieldCheck() {
        super("header.duplicate-field", Severity.ERROR, "The same header field is written more than once.");
    }

    @Override
    public void run(CheckContext ctx) {
        Set<String> seen = new HashSet<>();
        for (HeaderEntry e : ctx.report().header()) {
            String key = e.def() != null ? e.def().id() : Names.normalize(e.key().text());
            if (!seen.add(key)) {
                ctx.report(e.key().range(), "报告头字段" + Messages.quote(e.key().text()) + "重复填写");
            }
        }
    }
}
