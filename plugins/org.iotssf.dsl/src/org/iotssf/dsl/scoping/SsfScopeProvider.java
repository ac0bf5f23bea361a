// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.scoping;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.iotssf.model.Axis;
import org.iotssf.model.AxisRating;
import org.iotssf.model.CellCondition;
import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.Level;
import org.iotssf.model.Method;
import org.iotssf.model.MonetaryThreshold;
import org.iotssf.model.support.MethodParts;

import com.google.inject.Inject;

/**
 * Scopes the references into a method by simple name: axes, levels, viewpoints, stages and strengths
 * are looked up in the effective method (the system's method, or the method being declared), and a
 * level only among the levels of the axis it rates.
 */
public class SsfScopeProvider extends AbstractSsfScopeProvider {

	@Inject
	private SsfMethodResolver methods;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		EClass type = reference.getEReferenceType();
		if (type == Literals.AXIS) {
			return partsOf(context, type, MethodParts::axes);
		}
		if (type == Literals.LEVEL) {
			return Scopes.scopeFor(levels(context));
		}
		if (type == Literals.VIEWPOINT && !inCatalog(context)) {
			return partsOf(context, type, MethodParts::viewpoints);
		}
		if (type == Literals.LIFECYCLE_STAGE && !inCatalog(context)) {
			return partsOf(context, type, MethodParts::stages);
		}
		if (type == Literals.STRENGTH) {
			return partsOf(context, type, MethodParts::strengths);
		}
		return super.getScope(context, reference);
	}

	/**
	 * The scope of one kind of part of the effective method, made once per method and kind until the
	 * method's file changes (every rating of every file shares one scope of axes). A method that extends
	 * another from a different file is not cached: a change there would not reach this cache.
	 */
	private IScope partsOf(EObject context, EClass type, Function<Method, List<? extends EObject>> parts) {
		Method method = methodFor(context);
		if (method == null || method.eResource() == null || MethodParts.chain(method).stream().anyMatch(m -> m.eResource() != method.eResource())) {
			return Scopes.scopeFor(parts.apply(method));
		}
		return cache.get(Tuples.create(SsfScopeProvider.class, method, type), method.eResource(),
				() -> Scopes.scopeFor(parts.apply(method)));
	}

	/** The method whose parts a reference from the context may name; null when there is none. */
	private Method methodFor(EObject context) {
		Method declared = EcoreUtil2.getContainerOfType(context, Method.class);
		return declared != null ? declared : methods.methodOf(context);
	}

	private List<Level> levels(EObject context) {
		Axis axis = null;
		if (context instanceof AxisRating rating) {
			axis = rating.getAxis();
		} else if (context instanceof CellCondition condition) {
			axis = condition.getAxis();
		} else if (context instanceof MonetaryThreshold threshold) {
			axis = threshold.getAxis();
		}
		if (axis != null && !axis.eIsProxy()) {
			return axis.getLevels();
		}
		// the axis itself is unresolved and reported; offer every level so that only one error shows
		return MethodParts.axes(methodFor(context)).stream().flatMap(a -> a.getLevels().stream()).toList();
	}

	private static boolean inCatalog(EObject context) {
		return EcoreUtil2.getContainerOfType(context, org.iotssf.model.Catalog.class) != null;
	}
}
