// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iotssf.model.Agreement;
import org.iotssf.model.Element;
import org.iotssf.model.Method;
import org.iotssf.model.Risk;
import org.iotssf.model.RoleAllocation;
import org.iotssf.model.Share;
import org.iotssf.model.SoftwareIdentity;
import org.iotssf.model.Stakeholder;
import org.iotssf.model.StakeholderRole;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Usage;
import org.iotssf.model.support.MethodParts;
import org.iotssf.model.support.Instances;

/**
 * Who carries a risk's viewpoint: the stakeholders an agreement assigns it to, or else those the
 * method's role allocation proposes, preferring the stakeholders responsible for the risk's element.
 */
final class Responsibilities {

	/** The stakeholders carrying one viewpoint of one risk. */
	record Carriers(List<Stakeholder> stakeholders, boolean agreed, Explanation.Step why) {
	}

	private final SystemModel system;
	private final Map<String, List<StakeholderRole>> roles = new HashMap<>();
	private final Map<Risk, List<Agreement>> agreements = new HashMap<>();

	Responsibilities(SystemModel system, Method method) {
		this.system = system;
		for (RoleAllocation allocation : MethodParts.roleAllocations(method)) {
			if (allocation.getViewpoint() != null) {
				roles.put(allocation.getViewpoint().getName(), allocation.getRoles());
			}
		}
		for (Agreement agreement : system.getAgreements()) {
			agreement.getRisks().forEach(r -> agreements.computeIfAbsent(r, k -> new ArrayList<>()).add(agreement));
		}
	}

	/** The roles the method allocates a viewpoint to (empty when it allocates none). */
	List<StakeholderRole> rolesFor(String viewpoint) {
		return roles.getOrDefault(viewpoint, List.of());
	}

	Carriers carriers(Risk risk, String viewpoint) {
		Set<Stakeholder> agreed = new LinkedHashSet<>();
		List<String> names = new ArrayList<>();
		for (Agreement agreement : agreements.getOrDefault(risk, List.of())) {
			for (Share share : agreement.getShares()) {
				if (share.getViewpoints().stream().anyMatch(v -> viewpoint.equals(v.getName())) && agreed.add(share.getStakeholder())) {
					names.add(agreement.getName());
				}
			}
		}
		if (!agreed.isEmpty()) {
			return new Carriers(List.copyOf(agreed), true, Explanation.step("carriers.agreed", String.join(", ", new LinkedHashSet<>(names))));
		}
		List<StakeholderRole> wanted = rolesFor(viewpoint);
		if (wanted.isEmpty()) {
			return new Carriers(List.of(), false, Explanation.step("carriers.noRole", viewpoint));
		}
		List<Stakeholder> related = withRoles(related(risk.getElement(), risk.getUsage()), wanted);
		List<Stakeholder> carriers = related.isEmpty() ? withRoles(system.getStakeholders(), wanted) : related;
		Phrase roleNames = Phrase.join(wanted.stream().map(Phrase::term).toList());
		return new Carriers(carriers, false, related.isEmpty() ? Explanation.step("carriers.proposed", viewpoint, roleNames)
				: Explanation.step("carriers.proposedRelated", viewpoint, roleNames, name(risk.getElement())));
	}

	/**
	 * The stakeholders responsible for an element in a usage: its maker, integrator, owner and operator, and its
	 * software suppliers; the usage's operator replaces the element's, and the usage's user is added.
	 */
	private static List<Stakeholder> related(Element element, Usage usage) {
		Set<Stakeholder> related = new LinkedHashSet<>();
		Stakeholder operator = usage != null && usage.getOperator() != null ? usage.getOperator() : element == null ? null : element.getOperator();
		if (element != null) {
			for (Stakeholder s : new Stakeholder[] { element.getMaker(), element.getIntegrator(), element.getOwner(), operator,
					usage == null ? null : usage.getUser() }) {
				if (s != null) {
					related.add(s);
				}
			}
			for (SoftwareIdentity software : Instances.software(element)) {
				if (software.getSupplier() != null) {
					related.add(software.getSupplier());
				}
			}
		}
		return List.copyOf(related);
	}

	private static List<Stakeholder> withRoles(List<Stakeholder> stakeholders, List<StakeholderRole> roles) {
		return stakeholders.stream().filter(s -> s.getRoles().stream().anyMatch(roles::contains)).toList();
	}

	private static String name(Element element) {
		return element == null ? "the element" : element.getName();
	}
}
