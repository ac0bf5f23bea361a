// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.server;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The language server's services: Xtext's, with workspace resource sets that read the built-in
 * libraries (the server itself is {@link SsfLanguageServer}).
 */
public class SsfServerModule extends ServerModule {

	@Override
	protected void configure() {
		super.configure();
		bind(XtextResourceSet.class).to(WorkspaceResourceSet.class);
		bind(LanguageServerImpl.class).to(SsfLanguageServer.class);
	}
}
