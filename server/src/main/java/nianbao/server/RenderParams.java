package nianbao.server;

import org.jspecify.annotations.Nullable;

/** Parameters of {@code nianbao/render}. */
public final class RenderParams {

    /** {@code html}: the standalone published page; {@code json}: the report's JSON document. */
    public static final String HTML = "html";
    public static final String JSON = "json";
    /** {@code preview}: the page with what the checks found marked on it, for the editor's preview. */
    public static final String PREVIEW = "preview";

    private @Nullable String uri;
    private @Nullable String format;

    public RenderParams() {
    }

    public RenderParams(@Nullable String uri, @Nullable String format) {
        this.uri = uri;
        this.format = format;
    }

    /** Null when the request names none (it is then answered with empty content). */
    public @Nullable String getUri() {
        return uri;
    }

    public void setUri(@Nullable String uri) {
        this.uri = uri;
    }

    public @Nullable String getFormat() {
        return format;
    }

    public void setFormat(@Nullable String format) {
        this.format = format;
    }
}
