// SPDX-License-Identifier: EPL-2.0
package org.iotssf.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

public class ServerConnectionFactoryTest {

	@Test
	public void theConnectionStartsTheShippedServerAndCompletesAnInitializeExchange() throws Exception {
		assertTrue(Files.isRegularFile(ServerConnectionFactory.serverJar()), ServerConnectionFactory.serverJar().toString());
		StreamConnectionProvider connection = (StreamConnectionProvider) ServerConnectionFactory
				.create(StreamConnectionProvider.class, ServerConnectionFactory.command(ServerConnectionFactory.serverJar()));
		connection.start();
		try {
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new QuietClient(),
					connection.getInputStream(), connection.getOutputStream());
			launcher.startListening();
			InitializeParams params = new InitializeParams();
			params.setCapabilities(new ClientCapabilities());
			InitializeResult result = launcher.getRemoteProxy().initialize(params).get(60, TimeUnit.SECONDS);
			assertNotNull(result.getCapabilities().getCompletionProvider());
			assertTrue(result.getCapabilities().getHoverProvider().getLeft());
			assertNotNull(result.getCapabilities().getCodeLensProvider());
			launcher.getRemoteProxy().shutdown().get(30, TimeUnit.SECONDS);
		} finally {
			connection.stop();
		}
		assertNull(connection.getInitializationOptions(null), "a default method of the interface runs as declared");
	}

	@Test
	public void theCommandRunsTheJavaThatRunsEclipse() throws Exception {
		List<String> command = ServerConnectionFactory.command(ServerConnectionFactory.serverJar());
		assertTrue(command.get(0).startsWith(System.getProperty("java.home")), command.toString());
		assertEquals(List.of("-jar", ServerConnectionFactory.serverJar().toString(), "lsp"), command.subList(2, 5));
	}

	@Test
	public void withoutLsp4eTheFactorySaysWhatToInstall() {
		CoreException missing = assertThrows(CoreException.class, () -> new ServerConnectionFactory().create());
		assertTrue(missing.getMessage().contains("needs LSP4E"), missing.getMessage());
	}

	private static final class QuietClient implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
