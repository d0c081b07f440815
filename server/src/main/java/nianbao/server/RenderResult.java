package nianbao.server;

import org.jspecify.annotations.Nullable;

/** Result of {@code nianbao/render}; the content is empty when there is nothing to render. */
public final class RenderResult {

    private @Nullable String content;

    public RenderResult() {
    }

    public RenderResult(@Nullable String content) {
        this.content = content;
    }

    public @Nullable String getContent() {
        return content;
    }

    public void setContent(@Nullable String content) {
        this.content = content;
    }
}
