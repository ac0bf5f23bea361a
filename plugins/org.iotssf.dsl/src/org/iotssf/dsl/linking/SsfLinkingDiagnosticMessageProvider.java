// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.iotssf.dsl.validation.IssueCodes;
import org.iotssf.model.Axis;
import org.iotssf.model.AxisRating;
import org.iotssf.model.CellCondition;
import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.MonetaryThreshold;

import com.google.inject.Inject;

/**
 * Says what an unresolved name should have been: the valid levels of an axis, the axes of the method,
 * or the nearest visible name, and what to do about it.
 */
public class SsfLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	private static final int MAX_LISTED = 12;

	@Inject
	private IScopeProvider scopes;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name = context.getLinkText();
		List<String> candidates = candidates(context);
		String message;
		String code;
		Axis axis = type == Literals.LEVEL ? axisOf(context.getContext()) : null;
		if (type == Literals.LEVEL && axis != null && !axis.eIsProxy()) {
			code = IssueCodes.LEVEL_NOT_OF_AXIS;
			message = "'" + name + "' is not a level of axis '" + axis.getName() + "'; use one of: "
					+ list(candidates) + ".";
		} else if (type == Literals.AXIS || type == Literals.VIEWPOINT && candidates.size() <= MAX_LISTED
				|| type == Literals.LIFECYCLE_STAGE || type == Literals.STRENGTH || type == Literals.LEVEL) {
			code = IssueCodes.UNRESOLVED_REFERENCE;
			message = "'" + name + "' is not " + article(type) + " of the method in use; use one of: "
					+ list(candidates) + ".";
		} else {
			code = IssueCodes.UNRESOLVED_REFERENCE;
			String nearest = Suggestions.nearest(name, candidates);
			message = "There is no " + typeName(type) + " named '" + name + "'"
					+ (nearest != null ? "; did you mean '" + nearest + "'?" : ".")
					+ " Declare it, correct the name, or import the file or namespace that declares it.";
		}
		return new DiagnosticMessage(message, Severity.ERROR, code, name);
	}

	/** The axis a level reference rates, read without resolving it (it may be the unresolved reference itself). */
	private static Axis axisOf(EObject context) {
		EReference axisFeature = context instanceof AxisRating ? Literals.AXIS_RATING__AXIS
				: context instanceof CellCondition ? Literals.CELL_CONDITION__AXIS
						: context instanceof MonetaryThreshold ? Literals.MONETARY_THRESHOLD__AXIS : null;
		Object axis = axisFeature == null ? null : context.eGet(axisFeature, false);
		return axis instanceof Axis a && !a.eIsProxy() ? a : null;
	}

	private List<String> candidates(ILinkingDiagnosticContext context) {
		List<String> names = new ArrayList<>();
		try {
			for (IEObjectDescription d : scopes.getScope(context.getContext(), context.getReference()).getAllElements()) {
				String n = d.getName().toString();
				if (!names.contains(n)) {
					names.add(n);
				}
			}
		} catch (RuntimeException e) {
			// a scope that cannot be listed only loses the suggestion, never the error itself
		}
		return names;
	}

	private static String list(List<String> names) {
		if (names.isEmpty()) {
			return "(none: the method declares none)";
		}
		String shown = names.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
		return names.size() > MAX_LISTED ? shown + ", ..." : shown;
	}

	private static String article(EClass type) {
		String name = typeName(type);
		return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
	}

	/** "CatalogItem" becomes "catalog item". */
	public static String typeName(EClass type) {
		if (type == Literals.SYSTEM_MODEL) {
			return "system";
		}
		if (type == Literals.MANAGEMENT_DOMAIN) {
			return "domain";
		}
		return type.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
	}
}
