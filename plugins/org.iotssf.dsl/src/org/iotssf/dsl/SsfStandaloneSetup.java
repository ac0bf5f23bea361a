// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl;

import java.util.Map;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;
import org.iotssf.model.IotssfPackage;

import com.google.inject.Injector;

/** Initialization support for running the .ssf language without the Equinox extension registry. */
public class SsfStandaloneSetup extends SsfStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new SsfStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/**
	 * As generated, without the Terminals language's own injector: its set-up creates a whole injector for the
	 * Terminals grammar only to register nothing with it (a tenth of the start-up of a check), so only its EMF
	 * registrations are made here, and the metamodel's package is registered before the injector is created (the
	 * grammar imports its metamodel: outside OSGi nobody reads org.iotssf.model's plugin.xml).
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		factories.putIfAbsent("ecore", new EcoreResourceFactoryImpl());
		factories.putIfAbsent("xmi", new XMIResourceFactoryImpl());
		factories.putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
		EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
		EPackage.Registry.INSTANCE.putIfAbsent(IotssfPackage.eNS_URI, IotssfPackage.eINSTANCE);
		Injector injector = createInjector();
		register(injector);
		return injector;
	}
}
