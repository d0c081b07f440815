package nianbao.core.diagnostic;

/** How serious a finding is. Only errors fail {@code nianbao check} unless asked otherwise. */
public enum Severity {
    ERROR("error", "错误"),
    WARNING("warning", "警告"),
    INFORMATION("info", "提示"),
    HINT("hint", "建议");

    private final String key;
    private final String chinese;

    Severity(String key, String chinese) {
        this.key = key;
        this.chinese = chinese;
    }

    /** The lower-case English word used in CLI output and JSON. */
    public String key() {
        return key;
    }

    public String chinese() {
        return chinese;
    }
}
