// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.resource;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

/**
 * URI fragments by qualified name ({@code HospitalHvac.IndoorUnit}), so that references into a model from
 * other files (Sirius' representation files among them) survive reordering, inserting and deleting text
 * around the object. A part without a name of its own is addressed from its nearest named ancestor
 * ({@code HospitalHvac.DosStop/@ratings.1}); what has no named ancestor, or shares its name with an earlier
 * object (an error the validator reports), keeps EMF's path fragment.
 */
public class SsfFragmentProvider implements IFragmentProvider {

	private static final String PART = "/@";

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IQualifiedNameConverter converter;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public String getFragment(EObject object, Fallback fallback) {
		String named = namedFragment(object);
		if (named != null && index(object.eResource()).get(named) == object) {
			return named;
		}
		EObject container = object.eContainer();
		EStructuralFeature feature = object.eContainingFeature();
		if (container != null && container.eContainer() != null && feature != null) {
			String parent = getFragment(container, fallback);
			if (!parent.startsWith("/")) {
				return parent + PART + feature.getName()
						+ (feature.isMany() ? "." + ((List<?>) container.eGet(feature, false)).indexOf(object) : "");
			}
		}
		return fallback.getFragment(object);
	}

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		if (fragment.startsWith("/")) {
			return fallback.getEObject(fragment);
		}
		int part = fragment.indexOf(PART);
		EObject named = index(resource).get(part < 0 ? fragment : fragment.substring(0, part));
		if (named == null || part < 0) {
			return named;
		}
		EObject current = named;
		for (String step : fragment.substring(part + PART.length()).split(java.util.regex.Pattern.quote(PART))) {
			current = step(current, step);
			if (current == null) {
				return null;
			}
		}
		return current;
	}

	private static EObject step(EObject from, String step) {
		int dot = step.lastIndexOf('.');
		EStructuralFeature feature = from.eClass().getEStructuralFeature(dot < 0 ? step : step.substring(0, dot));
		if (feature == null) {
			return null;
		}
		Object value = from.eGet(feature, false);
		if (value instanceof List<?> list && dot >= 0) {
			int index = Integer.parseInt(step.substring(dot + 1));
			return index >= 0 && index < list.size() && list.get(index) instanceof EObject object ? object : null;
		}
		return value instanceof EObject object ? object : null;
	}

	/** The fragment of an object's own qualified name, or null when it has none. */
	private String namedFragment(EObject object) {
		QualifiedName name = names.getFullyQualifiedName(object);
		return name == null ? null : encode(converter.toString(name));
	}

	static String encode(String name) {
		return URI.encodeFragment(name, false).replace("/", "%2F");
	}

	/** Every named object of the resource by fragment, the first of equal names only; rebuilt after a change. */
	private Map<String, EObject> index(Resource resource) {
		if (resource == null) {
			return Map.of();
		}
		return cache.get(SsfFragmentProvider.class, resource, () -> {
			Map<String, EObject> index = new HashMap<>();
			for (Iterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject object = all.next();
				String named = namedFragment(object);
				if (named != null) {
					index.putIfAbsent(named, object);
				}
			}
			return index;
		});
	}
}
