// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.iotssf.model.Declaration;
import org.iotssf.model.Element;
import org.iotssf.model.Product;
import org.iotssf.model.SoftwareIdentity;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;
import org.iotssf.model.support.Instances;

/**
 * Every system loaded together, as far as one system's analysis needs to see past itself: how many units
 * (elements counted by their {@code count}) run each software identity and version, and which elements
 * are instances of each product, across all of them.
 */
public final class Population {

	private final int systems;
	private final int units;
	private final Map<String, Integer> unitsBySoftware = new HashMap<>();
	private final Map<Product, List<Element>> instances = new LinkedHashMap<>();

	private Population(Collection<SystemModel> all) {
		systems = all.size();
		int total = 0;
		for (SystemModel system : all) {
			for (Element element : system.getElements()) {
				int n = units(element);
				total += n;
				for (String key : softwareKeys(element)) {
					unitsBySoftware.merge(key, n, Integer::sum);
				}
				Product product = Instances.product(element);
				if (product != null) {
					instances.computeIfAbsent(product, k -> new ArrayList<>()).add(element);
				}
			}
		}
		units = total;
	}

	/** The systems given. */
	public static Population of(Collection<SystemModel> systems) {
		return new Population(systems);
	}

	/** Every system in the resource set of the one given (or that system alone when it has none). */
	public static Population around(SystemModel system) {
		Set<SystemModel> systems = new LinkedHashSet<>();
		systems.add(system);
		if (system.eResource() != null && system.eResource().getResourceSet() != null) {
			for (Resource resource : system.eResource().getResourceSet().getResources()) {
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof SsfModel model) {
					for (Declaration declaration : model.getDeclarations()) {
						if (declaration instanceof SystemModel s) {
							systems.add(s);
						}
					}
				}
			}
		}
		return new Population(systems);
	}

	/** How many systems were loaded. */
	public int systems() {
		return systems;
	}

	/** The units of all systems. */
	public int units() {
		return units;
	}

	/** The units of all systems that run a software identity and version ({@link #softwareKey}). */
	public int units(String softwareKey) {
		return unitsBySoftware.getOrDefault(softwareKey, 0);
	}

	/** The instances of a product in every system, in load order. */
	public List<Element> instances(Product product) {
		return instances.getOrDefault(product, List.of());
	}

	/** The units an element stands for: its {@code count}, at least one. */
	public static int units(Element element) {
		return Math.max(1, element.getCount());
	}

	/** "firmware|ACME-OS|2.1": kind, identity and version (empty when unversioned). */
	public static String softwareKey(SoftwareIdentity software) {
		return software.getKind().getLiteral() + "|" + software.getIdentity() + "|" + (software.getVersion() == null ? "" : software.getVersion());
	}

	/** The keys of an element's software (its own, or its product's), each once. */
	public static Set<String> softwareKeys(Element element) {
		Set<String> keys = new LinkedHashSet<>();
		for (SoftwareIdentity software : Instances.software(element)) {
			if (software.getIdentity() != null) {
				keys.add(softwareKey(software));
			}
		}
		return keys;
	}
}
