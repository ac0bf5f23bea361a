// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.iotssf.dsl.scoping.SsfMethodResolver;
import org.iotssf.model.Element;
import org.iotssf.model.Flow;
import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.SecurityLevelVector;
import org.iotssf.model.Stakeholder;
import org.iotssf.model.StakeholderRole;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Usage;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/** The structure of a system: its method, elements, usages, flows and who is responsible. */
public class SystemValidator extends SsfCheckSupport {

	@Inject
	private SsfMethodResolver methods;

	@Check
	public void checkMethod(SystemModel system) {
		if (system.getMethod() != null) {
			return;
		}
		if (methods.defaultMethod(system) == null) {
			error("System " + q(system.getName()) + " names no method and the default method "
					+ SsfMethodResolver.DEFAULT_METHOD + " is not loaded; add 'uses method <name>' and load that method's file.",
					Literals.NAMED_ELEMENT__NAME, IssueCodes.METHOD_NOT_FOUND);
		} else {
			info("System " + q(system.getName()) + " names no method, so " + SsfMethodResolver.DEFAULT_METHOD
					+ " is used; add 'uses method " + SsfMethodResolver.DEFAULT_METHOD + "' to make that explicit.",
					Literals.NAMED_ELEMENT__NAME, IssueCodes.NO_METHOD);
		}
	}

	@Check
	public void checkCount(Element element) {
		if (element.getCount() == 0) {
			error("An element stands for at least one unit; write 'count 1' or more for " + q(element.getName()) + ", or leave 'count' out.",
					Literals.ELEMENT__COUNT, IssueCodes.COUNT_OUT_OF_RANGE);
		}
	}

	@Check
	public void checkLayer(Element element) {
		if (element.getLayer() < 0 || element.getLayer() > 3) {
			error("CPSF has layers 1, 2 and 3 only; put " + q(element.getName()) + " on 'layer 1', 'layer 2' or 'layer 3'.",
					Literals.ELEMENT__LAYER, IssueCodes.LAYER_OUT_OF_RANGE);
		} else if (element.getLayer() == 0) {
			warning("Element " + q(element.getName()) + " states no CPSF layer; add 'layer 2' for a device that joins "
					+ "physical space and cyberspace, 'layer 3' for cyberspace, 'layer 1' for organizations.",
					Literals.NAMED_ELEMENT__NAME, IssueCodes.LAYER_MISSING);
		}
	}

	@Check
	public void checkElementsInUsages(SystemModel system) {
		Set<Element> used = Collections.newSetFromMap(new IdentityHashMap<>());
		system.getUsages().forEach(u -> used.addAll(u.getElements()));
		for (Element element : system.getElements()) {
			if (!used.contains(element)) {
				warning("Element " + q(element.getName()) + " is in no usage, so none of its risks can be categorized; "
						+ "list it in the 'elements' of the usages it serves.", element, Literals.NAMED_ELEMENT__NAME,
						IssueCodes.ELEMENT_IN_NO_USAGE);
			}
		}
	}

	@Check
	public void checkUsagesHaveRisks(SystemModel system) {
		Set<Usage> rated = Collections.newSetFromMap(new IdentityHashMap<>());
		system.getRisks().forEach(r -> rated.add(r.getUsage()));
		for (Usage usage : system.getUsages()) {
			if (!rated.contains(usage)) {
				warning("Usage " + q(usage.getName()) + " has no risks, so it cannot be categorized; add at least one "
						+ "'risk ... in " + usage.getName() + " on <element>'.", usage, Literals.NAMED_ELEMENT__NAME,
						IssueCodes.USAGE_WITHOUT_RISKS);
			}
		}
	}

	@Check
	public void checkUsageHasElements(Usage usage) {
		if (usage.getElements().isEmpty()) {
			warning("Usage " + q(usage.getName()) + " lists no elements; add 'elements <element>, ...'.",
					Literals.NAMED_ELEMENT__NAME, IssueCodes.USAGE_WITHOUT_ELEMENTS);
		}
	}

	@Check
	public void checkFlowsShareAUsage(SystemModel system) {
		Map<Element, Set<Usage>> usages = new HashMap<>();
		for (Usage usage : system.getUsages()) {
			usage.getElements().forEach(e -> usages.computeIfAbsent(e, k -> new HashSet<>()).add(usage));
		}
		for (Flow flow : system.getFlows()) {
			Set<Usage> common = new HashSet<>(usages.getOrDefault(flow.getSource(), Set.of()));
			common.retainAll(usages.getOrDefault(flow.getTarget(), Set.of()));
			if (common.isEmpty() && flow.getSource() != flow.getTarget() && !flow.getSource().eIsProxy()
					&& !flow.getTarget().eIsProxy()) {
				warning("The flow from " + q(flow.getSource().getName()) + " to " + q(flow.getTarget().getName())
						+ " joins elements that share no usage, so no usage's risks cover it; add both to a common usage.",
						flow, Literals.FLOW__SOURCE, IssueCodes.FLOW_WITHOUT_COMMON_USAGE);
			}
		}
	}

	@Check
	public void checkFlowIsNoSelfLoop(Flow flow) {
		if (flow.getSource() != null && flow.getSource() == flow.getTarget()) {
			warning("The flow goes from " + q(flow.getSource().getName()) + " to itself; a flow joins two elements.",
					Literals.FLOW__TARGET, IssueCodes.FLOW_SELF_LOOP);
		}
	}

	@Check
	public void checkResponsibleRoles(Element element) {
		role(element.getMaker(), Literals.ELEMENT__MAKER, "maker", StakeholderRole.MANUFACTURER, StakeholderRole.COMPONENT_SUPPLIER);
		role(element.getIntegrator(), Literals.ELEMENT__INTEGRATOR, "integrator", StakeholderRole.SYSTEM_INTEGRATOR);
		role(element.getOwner(), Literals.ELEMENT__OWNER, "owner", StakeholderRole.OWNER);
		role(element.getOperator(), Literals.ELEMENT__OPERATOR, "operator", StakeholderRole.OPERATOR,
				StakeholderRole.SERVICE_PROVIDER);
	}

	@Check
	public void checkStakeholderHasRole(Stakeholder stakeholder) {
		if (stakeholder.getRoles().isEmpty()) {
			error("Stakeholder " + q(stakeholder.getName()) + " has no role; add 'roles' with at least one of "
					+ "manufacturer, systemIntegrator, owner, operator, serviceProvider, user, ...",
					Literals.NAMED_ELEMENT__NAME, IssueCodes.STAKEHOLDER_WITHOUT_ROLE);
		}
	}

	@Check
	public void checkSecurityLevelVector(SecurityLevelVector vector) {
		boolean inRange = vector.getLevels().stream().allMatch(l -> l >= 0 && l <= 4);
		if (vector.getLevels().size() != 7 || !inRange) {
			error("An IEC 62443 security level vector has seven levels from 0 to 4, one per foundational requirement FR1 to FR7; "
					+ "write for example 'securityLevel " + vector.getKind().getLiteral() + " (2, 2, 2, 1, 1, 1, 1)'.",
					vector, null, IssueCodes.SECURITY_LEVEL_VECTOR);
		}
	}

	private void role(Stakeholder stakeholder, EReference feature, String as, StakeholderRole... roles) {
		if (stakeholder == null || stakeholder.eIsProxy()) {
			return;
		}
		for (StakeholderRole role : roles) {
			if (stakeholder.getRoles().contains(role)) {
				return;
			}
		}
		warning(q(stakeholder.getName()) + " is named " + as + " but has no role " + roles[0].getLiteral()
				+ "; add it to the stakeholder's roles, or name another stakeholder.", feature,
				IssueCodes.ROLE_MISMATCH, roles[0].getLiteral());
	}
}
