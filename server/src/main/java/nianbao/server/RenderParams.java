package nianbao.server;

/** Parameters of {@code nianbao/render}. */
public final class RenderParams {

    /** {@code html}: the standalone published page; {@code json}: the report's JSON document. */
    public static final String HTML = "html";
    public static final String JSON = "json";
    /** {@code preview}: the page with what the checks found marked on it, for the editor's preview. */
    public static final String PREVIEW = "preview";

    private String uri;
    private String format;

    public RenderParams() {
    }

    public RenderParams(String uri, String format) {
        this.uri = uri;
        this.format = format;
    }

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
