package nianbao.core.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nianbao.core.diagnostic.Diagnostics;
import nianbao.syntax.Range;
import nianbao.syntax.SyntaxProblem;
import nianbao.syntax.TemplateSyntax;
import nianbao.syntax.TemplateSyntaxParser;
import nianbao.syntax.Word;

/**
 * Reading one template file: its id, its diagnostics, its indentation stack, and the helpers the
 * declaration readers ({@link TemplateKeyword}) share.
 */
final class ReadContext {

    record Frame(int indent, Object node) {
    }

    /** A rule waiting for all rows and columns of its file to be read. */
    static final class PendingRule {
        final TemplateSyntax.RuleDeclaration decl;
        final TableDef table;
        String description = "";

        PendingRule(TemplateSyntax.RuleDeclaration decl, TableDef table) {
            this.decl = decl;
            this.table = table;
        }
    }

    /** A plausibility rule waiting for its 说明. */
    static final class PendingZero {
        final String id;
        final Set<String> levels;
        final RowDef row;
        final List<ColumnDef> columns;
        final TableDef table;
        final Range declaredAt;
        String description = "";

        PendingZero(String id, Set<String> levels, RowDef row, List<ColumnDef> columns, TableDef table, Range declaredAt) {
            this.id = id;
            this.levels = levels;
            this.row = row;
            this.columns = columns;
            this.table = table;
            this.declaredAt = declaredAt;
        }
    }

    final TemplateReader reader;
    final Template template;
    final String source;
    final boolean top;
    final Diagnostics diagnostics;
    final Deque<Frame> stack = new ArrayDeque<>();
    final List<PendingRule> rules = new ArrayList<>();
    final List<PendingZero> zeros = new ArrayList<>();
    final Set<SectionDef> boilerplateReplaced = new HashSet<>();
    String fileId;
    boolean declaredOther;
    /** Whether the line being read comes before every declaration other than 模板 and 继承. */
    boolean first;

    ReadContext(TemplateReader reader, Template template, String source, boolean top, Diagnostics diagnostics) {
        this.reader = reader;
        this.template = template;
        this.source = source;
        this.top = top;
        this.diagnostics = diagnostics;
        this.fileId = TemplateReader.fallbackId(source);
    }

    void read(String text) {
        TemplateSyntax syntax = TemplateSyntaxParser.parse(text);
        for (SyntaxProblem p : syntax.problems()) {
            diagnostics.error(TemplateProblem.SYNTAX.id(), p.range(), p.message());
        }
        for (TemplateSyntax.Line line : syntax.lines()) {
            while (!stack.isEmpty() && stack.peek().indent() >= line.indent()) {
                stack.pop();
            }
            Object parent = stack.isEmpty() ? template : stack.peek().node();
            Object node = line instanceof TemplateSyntax.RuleDeclaration r ? RuleDeclarations.rule(this, r, parent)
                    : declaration((TemplateSyntax.Declaration) line, parent);
            if (node != null) {
                stack.push(new Frame(line.indent(), node));
            }
        }
        template.addSource(fileId, source);
        for (PendingRule r : rules) {
            RuleDeclarations.resolve(this, r);
        }
        for (PendingZero z : zeros) {
            z.table.addZeroExpectation(new ZeroExpectation(z.id, z.levels, z.row, z.columns, z.description, fileId,
                    z.declaredAt));
        }
    }

    private Object declaration(TemplateSyntax.Declaration d, Object parent) {
        String keyword = d.keyword().text();
        first = !declaredOther;
        if (!keyword.equals(TemplateKeyword.TEMPLATE.text()) && !keyword.equals(TemplateKeyword.EXTENDS.text())) {
            declaredOther = true;
        }
        TemplateKeyword.Reader read = TemplateKeyword.of(keyword).map(TemplateKeyword::reader).orElse(null);
        if (read == null) {
            diagnostics.error(TemplateProblem.UNKNOWN_KEYWORD.id(), d.keyword().range(), "模板中无法识别的关键字：" + keyword);
            return null;
        }
        return read.read(this, d, parent);
    }

    /** A reopened declaration may not change its label: names in reports would silently change meaning. */
    void relabelled(Declared existing, List<Word> args) {
        if (args.size() >= 2 && !args.get(1).text().equals(existing.label())) {
            diagnostics.error(TemplateProblem.REDEFINED.id(), args.get(1).range(), "不能修改已声明的" + quote(existing.id())
                    + "的标签（原为" + quote(existing.label()) + "）；如需另一种写法，请用“别名”");
        }
    }

    TableDef tableOf(Object node) {
        if (node instanceof TableDef t) {
            return t;
        }
        for (Frame f : stack) {
            if (f.node() instanceof TableDef t) {
                return t;
            }
        }
        if (node instanceof RowDef r) {
            return template.tables().stream().filter(t -> t.rows().contains(r)).findFirst().orElse(null);
        }
        return null;
    }

    /** The column groups currently open, outermost first. */
    List<ColumnGroup> groupsOf() {
        List<ColumnGroup> groups = new ArrayList<>();
        for (Frame f : stack) {
            if (f.node() instanceof ColumnGroup g) {
                groups.add(0, g);
            }
        }
        return groups;
    }

    boolean placed(TemplateSyntax.Declaration d, boolean ok, String message) {
        if (!ok) {
            diagnostics.error(TemplateProblem.MISPLACED.id(), d.keyword().range(), message);
        }
        return ok;
    }

    boolean require(TemplateSyntax.Declaration d, List<Word> args, int n, String form) {
        if (args.size() < n) {
            diagnostics.error(TemplateProblem.INCOMPLETE.id(), d.range(), "写法应为：" + form);
            return false;
        }
        return true;
    }

    void unknownAttribute(Word w) {
        diagnostics.error(TemplateProblem.UNKNOWN_ATTRIBUTE.id(), w.range(), "无法识别的属性：" + w.text());
    }

    /** Quoting for template messages. */
    static String quote(String s) {
        return "“" + s + "”";
    }
}
