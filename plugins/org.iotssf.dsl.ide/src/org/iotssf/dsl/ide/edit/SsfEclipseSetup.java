// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.edit;

import org.eclipse.xtext.util.Modules2;
import org.iotssf.dsl.SsfRuntimeModule;
import org.iotssf.dsl.ide.SsfIdeModule;
import org.iotssf.dsl.ide.SsfIdeSetup;
import org.iotssf.dsl.resource.TextSaver;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language in Eclipse, where Sirius and other EMF tools edit models in memory: the editor services, and
 * saves that keep the text ({@link TextPreservingSave}). The runtime bundle's executable-extension factory uses
 * this setup when this bundle is installed.
 */
public class SsfEclipseSetup extends SsfIdeSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new SsfRuntimeModule(), new SsfIdeModule(),
				binder -> binder.bind(TextSaver.class).to(TextPreservingSave.class)));
	}
}
