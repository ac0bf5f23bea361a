// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design.services;

import java.util.List;
import java.util.stream.Collectors;

import org.iotssf.analysis.ElementResult;
import org.iotssf.model.Element;
import org.iotssf.model.Flow;
import org.iotssf.model.FlowKind;
import org.iotssf.model.ManagementDomain;
import org.iotssf.model.SystemModel;
import org.iotssf.model.support.Instances;

/** What the system diagram shows: which elements go where, their labels with their category, flows by kind. */
public class SystemDiagramServices {

	/** Elements drawn on the diagram itself: those in no management domain. */
	public List<Element> elementsOutsideDomains(SystemModel system) {
		return system.getElements().stream().filter(e -> e.getDomain() == null).toList();
	}

	/** Elements drawn inside a management domain's container. */
	public List<Element> elementsIn(ManagementDomain domain) {
		SystemModel system = Models.systemOf(domain);
		return system == null ? List.of() : system.getElements().stream().filter(e -> e.getDomain() == domain).toList();
	}

	public List<Flow> dataFlows(SystemModel system) {
		return system.getFlows().stream().filter(f -> f.getKind() != FlowKind.CONTROL).toList();
	}

	public List<Flow> controlFlows(SystemModel system) {
		return system.getFlows().stream().filter(f -> f.getKind() == FlowKind.CONTROL).toList();
	}

	/** "Gateway", then "«gateway» · layer 2 · low/low": the element, its kind and CPSF layer, and its category. */
	public String elementLabel(Element element) {
		String kind = Instances.kind(element) == null ? "" : "«" + Instances.kind(element).getLiteral() + "»";
		String layer = element.getLayer() > 0 ? " · layer " + element.getLayer() : "";
		String cell = Models.analysis(element).flatMap(a -> a.elements().stream().filter(r -> r.element() == element).findFirst())
				.map(SystemDiagramServices::cells).orElse("");
		return element.getName() + "\n" + kind + layer + (cell.isEmpty() ? "" : " · " + cell);
	}

	private static String cells(ElementResult result) {
		return result.perUsage().stream().filter(u -> u.cell() != null).map(u -> u.cell().key()).distinct()
				.collect(Collectors.joining(", "));
	}

	/** A flow's protection, or that it has none. */
	public String flowLabel(Flow flow) {
		String name = flow.getName() == null ? "" : flow.getName() + ": ";
		return name + (flow.getProtections().isEmpty() ? "unprotected"
				: flow.getProtections().stream().map(p -> p.getLiteral()).collect(Collectors.joining(", ")));
	}

	/** Whether a systemic finding of the analysis involves the element (the findings layer marks it). */
	public boolean hasSystemicFinding(Element element) {
		return Models.analysis(element).map(a -> a.findings().stream()
				.anyMatch(f -> f.location() == element || f.involved().contains(element))).orElse(false);
	}
}
