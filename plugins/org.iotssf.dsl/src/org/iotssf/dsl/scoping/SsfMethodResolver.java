// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.iotssf.model.Method;
import org.iotssf.model.IotssfPackage;
import org.iotssf.model.SystemModel;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Finds the method that categorizes a system: the one it names, or the default method. */
@Singleton
public class SsfMethodResolver {

	/** The qualified name of the default method shipped with the toolkit. */
	public static final String DEFAULT_METHOD = "iotssf.default";

	@Inject
	private IGlobalScopeProvider globalScopeProvider;

	@Inject
	private IResourceScopeCache cache;

	/** The method of the system's nearest enclosing system, or null when none can be found. */
	public Method methodOf(EObject context) {
		SystemModel system = EcoreUtil2.getContainerOfType(context, SystemModel.class);
		if (system == null) {
			return null;
		}
		Method method = system.getMethod();
		if (method != null) {
			return method.eIsProxy() ? null : method;
		}
		return defaultMethod(system);
	}

	/** The default method as visible from the given object's resource, or null when it is not loaded. */
	public Method defaultMethod(EObject context) {
		return cache.get(DEFAULT_METHOD, context.eResource(), () -> {
			IEObjectDescription description = globalScopeProvider
					.getScope(context.eResource(), IotssfPackage.Literals.SYSTEM_MODEL__METHOD, null)
					.getSingleElement(QualifiedName.create(DEFAULT_METHOD.split("\\.")));
			if (description == null) {
				return null;
			}
			EObject resolved = EcoreUtil.resolve(description.getEObjectOrProxy(), context);
			return resolved instanceof Method m && !m.eIsProxy() ? m : null;
		});
	}
}
