// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
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

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference.getEReferenceType() == Literals.AXIS) {
			return Scopes.scopeFor(MethodParts.axes(methodFor(context)));
		}
		if (reference.getEReferenceType() == Literals.LEVEL) {
			return Scopes.scopeFor(levels(context));
		}
		if (reference.getEReferenceType() == Literals.VIEWPOINT && !inCatalog(context)) {
			return Scopes.scopeFor(MethodParts.viewpoints(methodFor(context)));
		}
		if (reference.getEReferenceType() == Literals.LIFECYCLE_STAGE && !inCatalog(context)) {
			return Scopes.scopeFor(MethodParts.stages(methodFor(context)));
		}
		if (reference.getEReferenceType() == Literals.STRENGTH) {
			return Scopes.scopeFor(MethodParts.strengths(methodFor(context)));
		}
		return super.getScope(context, reference);
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
