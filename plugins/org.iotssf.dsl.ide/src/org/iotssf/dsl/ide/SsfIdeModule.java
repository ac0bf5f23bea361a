// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide;

import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.iotssf.dsl.ide.scoping.SsfIdeGlobalScopeProvider;

/** The editor services of the .ssf language, one binding each. */
public class SsfIdeModule extends AbstractSsfIdeModule {

	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return SsfIdeGlobalScopeProvider.class;
	}
}
