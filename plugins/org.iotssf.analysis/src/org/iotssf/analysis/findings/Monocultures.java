// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import static org.iotssf.analysis.Explanation.step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.iotssf.analysis.Explanation;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Phrase;
import org.iotssf.analysis.Population;
import org.iotssf.analysis.Severity;
import org.iotssf.model.Element;
import org.iotssf.model.SoftwareIdentity;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Usage;
import org.iotssf.model.support.Instances;

/**
 * Monocultures (public comments 6-2, 6-3): one software, firmware or AI model identity at one version,
 * run by many units (elements, each counted by its {@code count}; an element's product lends its software),
 * which could all fail or react at once. Reported when the units reach the method's count threshold
 * ({@code monoculture threshold N}) or its share of the system's units ({@code share P %}); the explanation
 * gives the count and share in each usage, in the system and in all systems loaded together.
 */
final class Monocultures {

	static final String CODE = SystemicFindings.PREFIX + "monoculture";

	private Monocultures() {
	}

	static List<Finding> find(SystemModel system, int threshold, int sharePercent, Population population) {
		if (threshold <= 0 && sharePercent <= 0) {
			return List.of();
		}
		Map<String, Set<Element>> byKey = new LinkedHashMap<>();
		Map<String, SoftwareIdentity> identities = new LinkedHashMap<>();
		int systemUnits = 0;
		for (Element element : system.getElements()) {
			systemUnits += Population.units(element);
			for (SoftwareIdentity software : Instances.software(element)) {
				if (software.getIdentity() != null) {
					String key = Population.softwareKey(software);
					identities.putIfAbsent(key, software);
					byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(element);
				}
			}
		}
		List<Finding> findings = new ArrayList<>();
		for (Map.Entry<String, Set<Element>> group : byKey.entrySet()) {
			Set<Element> elements = group.getValue();
			int units = elements.stream().mapToInt(Population::units).sum();
			boolean byCount = threshold > 0 && units >= threshold;
			boolean byShare = sharePercent > 0 && units >= 2 && units * 100L >= (long) sharePercent * systemUnits;
			if (!byCount && !byShare) {
				continue;
			}
			SoftwareIdentity software = identities.get(group.getKey());
			String version = software.getVersion() == null ? "@unversioned" : software.getVersion();
			List<Explanation.Step> why = new ArrayList<>();
			why.add(step("monoculture.units", units, elements.size(), software.getIdentity(), version));
			why.add(step("monoculture.system", units, systemUnits, percent(units, systemUnits)));
			for (Usage usage : system.getUsages()) {
				int inUsage = usage.getElements().stream().distinct().filter(elements::contains).mapToInt(Population::units).sum();
				if (inUsage > 0) {
					int usageUnits = usage.getElements().stream().distinct().mapToInt(Population::units).sum();
					why.add(step("monoculture.usage", usage.getName(), inUsage, usageUnits, percent(inUsage, usageUnits)));
				}
			}
			if (population.systems() > 1) {
				int all = population.units(group.getKey());
				why.add(step("monoculture.all", all, population.units(), population.systems(), percent(all, population.units())));
			}
			why.add(step("monoculture.thresholds", threshold > 0 ? Integer.toString(threshold) : "@none",
					sharePercent > 0 ? sharePercent + "%" : "@none"));
			String names = String.join(", ", elements.stream().map(e -> e.getName() + (Population.units(e) > 1 ? " ×" + Population.units(e) : "")).toList());
			findings.add(new Finding(CODE, Severity.WARNING, "monoculture", List.of(Phrase.term(software.getKind()),
					software.getIdentity(), version, Integer.toString(units), names, percent(units, systemUnits)),
					software.eContainer() instanceof Element ? software : elements.iterator().next(),
					new ArrayList<EObject>(elements), new Explanation(why)));
		}
		return findings;
	}

	/** "42" for 42 %, to the nearest whole percent; "0" of nothing. */
	private static String percent(long part, long whole) {
		return whole == 0 ? "0" : Long.toString(Math.round(part * 100.0 / whole));
	}
}
