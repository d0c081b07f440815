package nianbao.server;

/** Result of {@code nianbao/render}; the content is empty when there is nothing to render. */
public final class RenderResult {

    private String content;

    public RenderResult() {
    }

    public RenderResult(String content) {
        this.content = content;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
