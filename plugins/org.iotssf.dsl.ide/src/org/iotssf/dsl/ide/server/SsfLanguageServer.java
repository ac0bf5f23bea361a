// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.iotssf.dsl.ide.ClientLocale;

/**
 * Xtext's language server, taking the workspace from the first workspace folder when a client sends no
 * root URI (as current clients do), and starting with no folder when a client sends neither (an editor with
 * single files open), instead of failing to initialize. It also takes the client's language for hovers.
 */
public class SsfLanguageServer extends LanguageServerImpl {

	private static void withoutFolders(InitializeParams params) {
		ClientCapabilities capabilities = params.getCapabilities() != null ? params.getCapabilities() : new ClientCapabilities();
		WorkspaceClientCapabilities workspace = capabilities.getWorkspace() != null ? capabilities.getWorkspace()
				: new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspace);
		params.setCapabilities(capabilities);
		params.setWorkspaceFolders(List.of());
	}

	@Override
	@SuppressWarnings("deprecation")
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		if (params.getRootUri() == null && params.getRootPath() == null) {
			if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
				params.setRootUri(params.getWorkspaceFolders().get(0).getUri());
			} else {
				// no folder at all (an editor with single files open): a workspace of no folders, not a failure
				withoutFolders(params);
			}
		}
		ClientLocale.set(params.getLocale());
		return super.initialize(params);
	}
}
