package nianbao.core.check;

import nianbao.core.diagnostic.Diagnostic;
import nianbao.core.diagnostic.Severity;
import nianbao.syntax.Range;

/**
 * The one finding left by a check that threw: an error (the document was not fully checked, so it
 * must not pass as clean) at the start of the document, naming the check and the exception so that
 * the clerk can pass it on.
 */
public final class CheckFailure {

    public static final String ID = "internal.check-failed";

    private CheckFailure() {
    }

    static Diagnostic diagnostic(Check check, Throwable failure) {
        String message = "内部错误：检查“" + check.id() + "”未能完成（" + failure.getClass().getSimpleName()
                + "），这项检查的结果没有列出，其他检查不受影响；请把这份报告发给 nianbao 的维护者";
        return new Diagnostic(ID, Severity.ERROR, Range.of(0, 0, 0, 0), message);
    }
}
