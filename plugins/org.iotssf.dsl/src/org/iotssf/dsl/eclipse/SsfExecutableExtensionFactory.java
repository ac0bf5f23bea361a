// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.eclipse;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.ISetup;
import org.iotssf.dsl.SsfStandaloneSetup;

import org.osgi.framework.Bundle;

import com.google.inject.Injector;

/**
 * Gives Eclipse the language's services from one injector, so that EMF (and Sirius on top of it) opens
 * {@code .ssf} files as resources: {@code class="org.iotssf.dsl.eclipse.SsfExecutableExtensionFactory:<type>"}
 * in plugin.xml yields the instance of {@code <type>} (the resource factory, the resource service provider).
 * The injector is made with {@code createInjectorAndDoEMFRegistration()}: without the EMF registration,
 * loading fails on the grammar's own resource.
 */
public class SsfExecutableExtensionFactory implements IExecutableExtensionFactory, IExecutableExtension {

	private static final String IDE_BUNDLE = "org.iotssf.dsl.ide";

	private static final String ECLIPSE_SETUP = "org.iotssf.dsl.ide.edit.SsfEclipseSetup";

	private static Injector injector;

	private String type;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		type = data instanceof String name ? name : null;
	}

	@Override
	public Object create() throws CoreException {
		if (type == null) {
			throw new CoreException(Status.error("No type after ':' in the class attribute of the extension."));
		}
		try {
			return injector().getInstance(getClass().getClassLoader().loadClass(type));
		} catch (ClassNotFoundException e) {
			throw new CoreException(Status.error("Unknown type " + type + " for the .ssf language.", e));
		}
	}

	/**
	 * The language's injector in Eclipse, made once: with the IDE bundle's setup when that bundle is installed
	 * (its saves keep the text of models edited in memory; this bundle cannot depend on it), else the runtime's.
	 */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = setup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	private static ISetup setup() {
		Bundle ide = Platform.getBundle(IDE_BUNDLE);
		if (ide != null) {
			try {
				return (ISetup) ide.loadClass(ECLIPSE_SETUP).getConstructor().newInstance();
			} catch (ReflectiveOperationException | LinkageError e) {
				Platform.getLog(SsfExecutableExtensionFactory.class).warn("Edits saved from EMF tools will be written "
						+ "by Xtext's serializer: " + ECLIPSE_SETUP + " could not be made (" + e + ")");
			}
		}
		return new SsfStandaloneSetup();
	}
}
