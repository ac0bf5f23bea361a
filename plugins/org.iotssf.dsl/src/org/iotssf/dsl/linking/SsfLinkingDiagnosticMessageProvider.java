// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.iotssf.dsl.validation.IssueCodes;
import org.iotssf.dsl.scoping.SsfMethodResolver;
import org.iotssf.model.Axis;
import org.iotssf.model.AxisRating;
import org.iotssf.model.Catalog;
import org.iotssf.model.CellCondition;
import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.Method;
import org.iotssf.model.MonetaryThreshold;
import org.iotssf.model.NamedElement;
import org.iotssf.model.SystemModel;
import org.iotssf.model.support.Text;

import com.google.inject.Inject;

/**
 * Says what an unresolved name should have been: the valid levels of an axis, the axes of the method,
 * or the nearest visible name, and what to do about it.
 */
public class SsfLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	private static final int MAX_LISTED = 12;

	/** How much of an unresolved name a message repeats. */
	private static final int MAX_ECHOED = 80;

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private SsfMethodResolver methods;

	@Inject
	private IScopeProvider scopes;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name = context.getLinkText();
		if (isMethodPart(type) && methodless(context.getContext(), type)) {
			// the missing or unresolved method is reported once, where it is named; not once per rating
			return null;
		}
		String shown = Text.clip(name, MAX_ECHOED);
		List<String> parts = isMethodPart(type) ? methodPartNames(context) : List.of();
		String message;
		String code;
		Axis axis = type == Literals.LEVEL ? axisOf(context.getContext()) : null;
		if (type == Literals.LEVEL && axis != null && !axis.eIsProxy()) {
			code = IssueCodes.LEVEL_NOT_OF_AXIS;
			message = "'" + shown + "' is not a level of axis '" + axis.getName() + "'; use one of: "
					+ list(parts) + ".";
		} else if (isMethodPart(type) && (type != Literals.VIEWPOINT || parts.size() <= MAX_LISTED)) {
			code = IssueCodes.UNRESOLVED_REFERENCE;
			message = "'" + shown + "' is not " + article(type) + " of the method in use; use one of: "
					+ list(parts) + ".";
		} else {
			code = IssueCodes.UNRESOLVED_REFERENCE;
			// most misspellings are of a name declared nearby: look there first, and list the whole
			// scope (which spans every file) only when nothing near is close
			String nearest = Suggestions.nearest(name, nearbyNames(context));
			if (nearest == null) {
				nearest = Suggestions.nearest(name, visibleNames(context));
			}
			message = "There is no " + typeName(type) + " named '" + shown + "'"
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

	/** Whether a method part is looked up where no method can be found. */
	private boolean methodless(EObject context, EClass type) {
		if (EcoreUtil2.getContainerOfType(context, Method.class) != null) {
			return false;
		}
		if (EcoreUtil2.getContainerOfType(context, Catalog.class) != null
				&& (type == Literals.VIEWPOINT || type == Literals.LIFECYCLE_STAGE)) {
			return false;
		}
		return methods.methodOf(context) == null;
	}

	private static boolean isMethodPart(EClass type) {
		return type == Literals.AXIS || type == Literals.VIEWPOINT || type == Literals.LIFECYCLE_STAGE
				|| type == Literals.STRENGTH || type == Literals.LEVEL;
	}

	/** The names of the method parts a reference may name: few, listed in full. */
	private List<String> methodPartNames(ILinkingDiagnosticContext context) {
		return new ArrayList<>(scopeNames(context.getContext(), context.getReference()));
	}

	/** Every name in the scope of a reference, once each; none when the scope cannot be listed. */
	private Set<String> scopeNames(EObject from, EReference reference) {
		Set<String> names = new LinkedHashSet<>();
		try {
			for (IEObjectDescription d : scopes.getScope(from, reference).getAllElements()) {
				names.add(d.getName().toString());
			}
		} catch (RuntimeException e) {
			// a scope that cannot be listed only loses the suggestion, never the error itself
		}
		return names;
	}

	/** The names of the objects of the referenced type declared in the same system (or file), once per file version. */
	private Collection<String> nearbyNames(ILinkingDiagnosticContext context) {
		EObject root = systemOrFile(context.getContext());
		if (root == null) {
			return List.of();
		}
		EClass type = context.getReference().getEReferenceType();
		return cache.get(List.of("iotssf.nearbyNames", type, root), root.eResource(), () -> {
			Set<String> names = new LinkedHashSet<>();
			root.eAllContents().forEachRemaining(o -> {
				if (type.isSuperTypeOf(o.eClass()) && o instanceof NamedElement named && named.getName() != null) {
					names.add(named.getName());
				}
			});
			return names;
		});
	}

	/**
	 * The names visible from the context, listed once per file, system and reference (until the file
	 * changes), not once per unresolved name: a file with many misspellings lists its scope once.
	 */
	private Collection<String> visibleNames(ILinkingDiagnosticContext context) {
		EObject from = context.getContext();
		EObject root = systemOrFile(from);
		if (root == null) {
			return List.of();
		}
		return cache.get(List.of("iotssf.visibleNames", context.getReference(), root), root.eResource(),
				() -> scopeNames(from, context.getReference()));
	}

	/** The system around the object, or the root of its file when it is in none; null outside any file. */
	private static EObject systemOrFile(EObject object) {
		SystemModel system = EcoreUtil2.getContainerOfType(object, SystemModel.class);
		if (system != null) {
			return system;
		}
		Resource resource = object.eResource();
		return resource == null || resource.getContents().isEmpty() ? null : resource.getContents().get(0);
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
