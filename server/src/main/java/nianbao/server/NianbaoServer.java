package nianbao.server;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageServer;

/** The protocol this server speaks: LSP, plus the requests only nianbao's own clients send. */
public interface NianbaoServer extends LanguageServer {

    /** The page of the document as it is now ({@code html}) or its JSON document ({@code json}). */
    @JsonRequest("nianbao/render")
    CompletableFuture<RenderResult> render(RenderParams params);
}
