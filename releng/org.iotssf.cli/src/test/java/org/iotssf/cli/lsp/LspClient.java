// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli.lsp;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.iotssf.cli.LspCommand;
import org.iotssf.cli.bench.DiagnosticsClient;

/** A real LSP client talking JSON-RPC over pipes to the server of {@code iotssf lsp}, for protocol-level tests. */
final class LspClient extends DiagnosticsClient implements AutoCloseable {

	final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	final LanguageServer server;
	private final OutputStream toServer;
	private final Future<Void> serving;
	private final Launcher<LanguageServer> launcher;
	private final Socket clientSide;

	/** Connects and initializes, with the folder as the workspace (null: a client that opens single files). */
	LspClient(Path workspace) throws Exception {
		// a loopback connection: pipes break when a writing thread of the server's pool ends
		try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			clientSide = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
			Socket serverSide = listener.accept();
			serving = LspCommand.serve(serverSide.getInputStream(), serverSide.getOutputStream());
		}
		toServer = new Synchronized(clientSide.getOutputStream());
		launcher = LSPLauncher.createClientLauncher(this, clientSide.getInputStream(), toServer);
		launcher.startListening();
		server = launcher.getRemoteProxy();
		InitializeParams init = new InitializeParams();
		init.setCapabilities(new ClientCapabilities());
		if (workspace != null) {
			init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
		}
		server.initialize(init).get(30, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
	}

	/** Writes raw bytes into the server's input, between whole messages. */
	void raw(String bytes) throws IOException {
		toServer.write(bytes.getBytes(StandardCharsets.UTF_8));
		toServer.flush();
	}

	/** Sends a request the server does not know, and returns its answer (normally an error). */
	CompletableFuture<?> unknownRequest() {
		return launcher.getRemoteEndpoint().request("iotssf/noSuchMethod", Map.of("x", 1));
	}

	boolean running() {
		return !serving.isDone();
	}

	/** Waits until the diagnostics published for the URI satisfy the condition; returns them. */
	List<Diagnostic> await(String uri, Predicate<List<Diagnostic>> condition, Duration timeout) throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			List<Diagnostic> now = diagnostics.get(uri);
			if (now != null && condition.test(now)) {
				return now;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no diagnostics as expected for " + uri + " within " + timeout + "; last: " + diagnostics.get(uri));
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnostics.put(params.getUri(), params.getDiagnostics());
	}

	@Override
	public void close() throws IOException {
		clientSide.close();
	}

	/** A stream that writes each call whole, so raw bytes never land inside a message. */
	private static final class Synchronized extends OutputStream {
		private final OutputStream out;

		Synchronized(OutputStream out) {
			this.out = out;
		}

		@Override
		public synchronized void write(int b) throws IOException {
			out.write(b);
		}

		@Override
		public synchronized void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public synchronized void flush() throws IOException {
			out.flush();
		}

		@Override
		public synchronized void close() throws IOException {
			out.close();
		}
	}
}
