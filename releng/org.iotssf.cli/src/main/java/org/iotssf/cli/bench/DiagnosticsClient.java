// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli.bench;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * A language client that only cares about published diagnostics: messages, requests for a choice and telemetry
 * from the server are ignored. For the latency benchmark and the protocol tests.
 */
public abstract class DiagnosticsClient implements LanguageClient {

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}
}
