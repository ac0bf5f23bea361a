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
import org.iotssf.analysis.Severity;
import org.iotssf.model.Element;
import org.iotssf.model.SoftwareIdentity;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Usage;

/**
 * Monocultures (public comments 6-2, 6-3): the same software, firmware or AI model identity in at
 * least as many units (elements, each counted by its 'count') as the method's monoculture threshold, which could all fail or react at once.
 */
final class Monocultures {

	static final String CODE = SystemicFindings.PREFIX + "monoculture";

	private Monocultures() {
	}

	static List<Finding> find(SystemModel system, int threshold) {
		if (threshold <= 0) {
			return List.of();
		}
		Map<String, List<SoftwareIdentity>> byIdentity = new LinkedHashMap<>();
		for (Element element : system.getElements()) {
			for (SoftwareIdentity software : element.getSoftware()) {
				if (software.getIdentity() != null) {
					byIdentity.computeIfAbsent(software.getKind().getLiteral() + " " + software.getIdentity(), k -> new ArrayList<>())
							.add(software);
				}
			}
		}
		Map<Element, List<Usage>> usages = new LinkedHashMap<>();
		system.getUsages().forEach(u -> u.getElements().forEach(e -> usages.computeIfAbsent(e, k -> new ArrayList<>()).add(u)));
		List<Finding> findings = new ArrayList<>();
		byIdentity.forEach((identity, copies) -> {
			Set<Element> elements = new LinkedHashSet<>();
			copies.forEach(c -> elements.add((Element) c.eContainer()));
			int units = elements.stream().mapToInt(Monocultures::units).sum();
			if (units < threshold) {
				return;
			}
			Set<String> versions = new LinkedHashSet<>();
			copies.forEach(c -> versions.add(c.getVersion() == null ? "unversioned" : c.getVersion()));
			Set<String> where = new LinkedHashSet<>();
			elements.forEach(e -> usages.getOrDefault(e, List.of()).forEach(u -> where.add(u.getName())));
			Set<String> domains = new LinkedHashSet<>();
			elements.forEach(e -> domains.add(e.getDomain() == null ? "-" : e.getDomain().getName()));
			String names = String.join(", ", elements.stream().map(e -> e.getName() + (units(e) > 1 ? " ×" + units(e) : "")).toList());
			findings.add(new Finding(CODE, Severity.WARNING, "monoculture", List.of(Phrase.term(copies.get(0).getKind()),
					copies.get(0).getIdentity(), Integer.toString(units), names), copies.get(0), new ArrayList<EObject>(elements), Explanation.of(
							step("monoculture.share", units, identity, String.join(", ", versions), elements.size()),
							step("monoculture.threshold", threshold),
							step("monoculture.where", where.isEmpty() ? "@none" : String.join(", ", where), String.join(", ", domains)))));
		});
		return findings;
	}

	/** The units an element stands for: its 'count', at least one. */
	static int units(Element element) {
		return Math.max(1, element.getCount());
	}
}
