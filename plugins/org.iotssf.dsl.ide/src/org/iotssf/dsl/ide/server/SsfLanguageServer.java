// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.server;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.iotssf.dsl.ide.ClientLocale;

/**
 * Xtext's language server, taking the workspace from the first workspace folder when a client sends no
 * root URI (as current clients do), instead of failing to initialize.
 */
public class SsfLanguageServer extends LanguageServerImpl {

	@Override
	@SuppressWarnings("deprecation")
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		if (params.getRootUri() == null && params.getRootPath() == null && params.getWorkspaceFolders() != null
				&& !params.getWorkspaceFolders().isEmpty()) {
			params.setRootUri(params.getWorkspaceFolders().get(0).getUri());
		}
		ClientLocale.set(params.getLocale());
		return super.initialize(params);
	}
}
