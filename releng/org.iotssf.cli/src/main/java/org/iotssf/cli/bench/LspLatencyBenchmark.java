// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Latency of the language server as an editor sees it: starts {@code java -jar <jar> lsp} as a separate
 * process, opens one synthetic system of about 5,000 lines, and times through the protocol the diagnostics after
 * one-character edits (in a valid file and in a file with a misspelt name), and completion and hover each right
 * after an edit (so nothing is cached for the new text). Prints p50 and p95 in milliseconds. Not a test: a benchmark (releng/benchmark/lsp.sh).
 */
public final class LspLatencyBenchmark {

	/** The connection's end, when the server exits, is expected: not worth a logged stack trace (kept referenced). */
	private static final java.util.logging.Logger JSON_RPC_LOG = java.util.logging.Logger.getLogger("org.eclipse.lsp4j.jsonrpc");

	private LspLatencyBenchmark() {
	}

	/** Usage: LspLatencyBenchmark JAR WORKDIR [ELEMENTS] [SAMPLES] */
	public static void main(String[] args) throws Exception {
		JSON_RPC_LOG.setLevel(java.util.logging.Level.WARNING);
		Path jar = Path.of(args[0]);
		Path work = Path.of(args[1]);
		int elements = args.length > 2 ? Integer.parseInt(args[2]) : 550;
		int samples = args.length > 3 ? Integer.parseInt(args[3]) : 40;
		Path folder = work.resolve("lsp-" + elements);
		if (!Files.isDirectory(folder)) {
			SyntheticModels.write(folder, elements, elements);
		}
		Path file = folder.resolve("system00000.ssf");
		String text = Files.readString(file);
		Process server = new ProcessBuilder("java", "-XX:+UseParallelGC", "-Xmx1g", "-XX:ActiveProcessorCount=2", "-jar",
				jar.toString(), "lsp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			Client client = new Client();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(),
					server.getOutputStream());
			launcher.startListening();
			LanguageServer lsp = launcher.getRemoteProxy();
			InitializeParams init = new InitializeParams();
			init.setCapabilities(new ClientCapabilities());
			init.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "bench")));
			lsp.initialize(init).get(60, TimeUnit.SECONDS);
			lsp.initialized(new InitializedParams());
			String uri = file.toUri().toString();
			CompletableFuture<PublishDiagnosticsParams> first = client.next(uri);
			lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "ssf", 1, text)));
			first.get(120, TimeUnit.SECONDS);
			System.out.printf("%-44s %6s %8s %8s%n", "LSP request (" + text.lines().count() + " lines)", "n", "p50 ms", "p95 ms");
			Editor editor = new Editor(lsp, client, uri, text);
			editor.edits(samples / 2);
			print("diagnostics after a 1-character edit", editor.edits(samples));
			editor.typo();
			print("... in a file with an unresolved name", editor.edits(samples));
			editor.typo();
			print("completion after 'recovery '", editor.completions(samples, text));
			print("hover on a risk", editor.hovers(samples, text));
			lsp.shutdown().get(30, TimeUnit.SECONDS);
			lsp.exit();
		} finally {
			server.destroy();
			server.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static void print(String what, List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		System.out.printf("%-44s %6d %8.0f %8.0f%n", what, sorted.size(), sorted.get((sorted.size() - 1) / 2) / 1e6,
				sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6);
	}

	/** Edits the open document and times the answers. */
	private static final class Editor {
		private final LanguageServer lsp;
		private final Client client;
		private final String uri;
		private final Position typed;
		private final Position site;
		private int version = 1;
		private boolean misspelt;
		private boolean spaced;

		Editor(LanguageServer lsp, Client client, String uri, String text) {
			this.lsp = lsp;
			this.client = client;
			this.uri = uri;
			// inside the title of an element in the middle of the file
			this.typed = positionOf(text, "\"Element " + middle(text), 1);
			this.site = positionOf(text, " in Site\n", 4);
		}

		private static String middle(String text) {
			long elements = text.lines().filter(l -> l.startsWith("\telement ")).count();
			return Long.toString(elements / 2);
		}

		/** One-character edits in the middle of the file (a character typed, then removed); times to diagnostics. */
		List<Long> edits(int count) throws Exception {
			List<Long> times = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				boolean add = !spaced;
				spaced = !spaced;
				Range range = add ? new Range(typed, typed)
						: new Range(typed, new Position(typed.getLine(), typed.getCharacter() + 1));
				times.add(change(range, add ? "x" : ""));
			}
			return times;
		}

		/** Misspells the first {@code in Site} (or corrects it again). */
		void typo() throws Exception {
			Position end = new Position(site.getLine(), site.getCharacter() + 4);
			change(new Range(site, end), misspelt ? "Site" : "Sitx");
			misspelt = !misspelt;
		}

		private long change(Range range, String text) throws Exception {
			version++;
			CompletableFuture<PublishDiagnosticsParams> published = client.next(uri);
			long start = System.nanoTime();
			lsp.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
					new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(range, text))));
			published.get(120, TimeUnit.SECONDS);
			return System.nanoTime() - start;
		}

		List<Long> completions(int count, String text) throws Exception {
			Position at = positionOf(text, "recovery ", 9);
			return afterEdits(count, () -> lsp.getTextDocumentService()
					.completion(new CompletionParams(new TextDocumentIdentifier(uri), at)));
		}

		List<Long> hovers(int count, String text) throws Exception {
			Position at = positionOf(text, "\trisk ", 7);
			return afterEdits(count, () -> lsp.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), at)));
		}

		/** Times a request made right after each of {@code count} one-character edits. */
		private List<Long> afterEdits(int count, java.util.function.Supplier<CompletableFuture<?>> request) throws Exception {
			List<Long> times = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				edits(1);
				long start = System.nanoTime();
				request.get().get(60, TimeUnit.SECONDS);
				times.add(System.nanoTime() - start);
			}
			return times;
		}

		private static Position positionOf(String text, String what, int plus) {
			int offset = text.indexOf(what) + plus;
			String before = text.substring(0, offset);
			int line = (int) before.chars().filter(c -> c == '\n').count();
			return new Position(line, offset - before.lastIndexOf('\n') - 1);
		}
	}

	/** Hands each published diagnostics to whoever waits for the next one. */
	private static final class Client extends DiagnosticsClient {
		private final AtomicReference<CompletableFuture<PublishDiagnosticsParams>> waiting = new AtomicReference<>();

		CompletableFuture<PublishDiagnosticsParams> next(String uri) {
			CompletableFuture<PublishDiagnosticsParams> future = new CompletableFuture<>();
			waiting.set(future);
			return future;
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			CompletableFuture<PublishDiagnosticsParams> future = waiting.getAndSet(null);
			if (future != null) {
				future.complete(params);
			}
		}
	}
}
