// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the IoT-SSF viewpoint ({@value #ODESIGN}) with Sirius when the bundle starts, and removes it when
 * it stops. Sirius is an optional requirement (it is not on Maven Central, so this bundle builds without it):
 * its {@code ViewpointRegistry} is called by reflection, and without Sirius the bundle does nothing.
 */
public class Activator implements BundleActivator {

	/** The bundle, as named in the manifest and in Sirius' componentization extension. */
	public static final String PLUGIN_ID = "org.iotssf.design";

	/** The viewpoint specification, inside this bundle. */
	public static final String ODESIGN = "description/iotssf.odesign";

	private static final String REGISTRY = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";

	private static final Logger LOG = Logger.getLogger(Activator.class.getName());

	private Collection<?> viewpoints = List.of();

	@Override
	public void start(BundleContext context) {
		try {
			Object registry = registry();
			Method register = registry.getClass().getMethod("registerFromPlugin", String.class);
			viewpoints = (Collection<?>) register.invoke(registry, PLUGIN_ID + "/" + ODESIGN);
		} catch (ClassNotFoundException e) {
			LOG.info("Sirius is not installed: the IoT-SSF diagrams are not available.");
		} catch (ReflectiveOperationException | RuntimeException e) {
			LOG.log(Level.WARNING, "The IoT-SSF viewpoint could not be registered with Sirius", e);
		}
	}

	@Override
	public void stop(BundleContext context) {
		if (viewpoints.isEmpty()) {
			return;
		}
		try {
			Object registry = registry();
			for (Object viewpoint : viewpoints) {
				for (Method method : registry.getClass().getMethods()) {
					if (method.getName().equals("disposeFromPlugin") && method.getParameterCount() == 1
							&& method.getParameterTypes()[0].isInstance(viewpoint)) {
						method.invoke(registry, viewpoint);
					}
				}
			}
		} catch (ReflectiveOperationException | RuntimeException e) {
			LOG.log(Level.WARNING, "The IoT-SSF viewpoint could not be removed from Sirius", e);
		}
		viewpoints = List.of();
	}

	private Object registry() throws ReflectiveOperationException {
		Class<?> type = getClass().getClassLoader().loadClass(REGISTRY);
		return type.getMethod("getInstance").invoke(null);
	}
}
