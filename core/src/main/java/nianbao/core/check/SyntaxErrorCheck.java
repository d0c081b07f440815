package nianbao.core.check;

import nianbao.core.diagnostic.Severity;
import nianbao.syntax.SyntaxProblem;

/** Lines that do not parse: a heading without text, a table head without its closing bracket. */
final class SyntaxErrorCheck extends BaseCheck {

    SyntaxErrorCheck() {
        super("syntax.error", Severity.ERROR, "A line does not follow the report syntax (e.g. a table head missing ']').");
    }

    @Override
    public void run(CheckContext ctx) {
        for (SyntaxProblem p : ctx.report().syntax().problems()) {
            ctx.report(p.range(), p.message());
        }
    }
}
