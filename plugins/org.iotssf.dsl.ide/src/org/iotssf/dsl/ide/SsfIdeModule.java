// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.iotssf.dsl.ide.codelens.SsfCodeLensService;
import org.iotssf.dsl.ide.hover.SsfDocumentationProvider;
import org.iotssf.dsl.ide.scoping.SsfIdeGlobalScopeProvider;

/** The editor services of the .ssf language, one binding each. */
public class SsfIdeModule extends AbstractSsfIdeModule {

	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return SsfIdeGlobalScopeProvider.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return SsfDocumentationProvider.class;
	}

	public Class<? extends ICodeLensService> bindICodeLensService() {
		return SsfCodeLensService.class;
	}
}
