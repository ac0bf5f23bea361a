// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.iotssf.model.IotssfPackage;

import com.google.inject.Injector;

/** Initialization support for running the .ssf language without the Equinox extension registry. */
public class SsfStandaloneSetup extends SsfStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new SsfStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public void register(Injector injector) {
		// the grammar imports (does not infer) its metamodel: outside OSGi nobody reads org.iotssf.model's plugin.xml
		if (!EPackage.Registry.INSTANCE.containsKey(IotssfPackage.eNS_URI)) {
			EPackage.Registry.INSTANCE.put(IotssfPackage.eNS_URI, IotssfPackage.eINSTANCE);
		}
		super.register(injector);
	}
}
