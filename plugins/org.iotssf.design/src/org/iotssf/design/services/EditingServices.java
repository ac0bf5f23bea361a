// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design.services;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.iotssf.model.Axis;
import org.iotssf.model.AxisRating;
import org.iotssf.model.Element;
import org.iotssf.model.Flow;
import org.iotssf.model.FlowKind;
import org.iotssf.model.IotssfFactory;
import org.iotssf.model.ManagementDomain;
import org.iotssf.model.NamedElement;
import org.iotssf.model.Risk;
import org.iotssf.model.Stakeholder;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Usage;

/**
 * The palette's and direct edits' changes to the model. Each new object gets a name not yet used in its
 * system, and is valid at once where the language allows (a new risk is rated at the lowest level of every
 * axis of the method, to be corrected in the risk register).
 */
public class EditingServices {

	private static final IotssfFactory FACTORY = IotssfFactory.eINSTANCE;

	private static final Pattern LABEL = Pattern.compile("([A-Za-z_][A-Za-z_0-9]*)(?:\\s+\"([^\"]*)\")?");

	/** A new element in the system, inside the domain when created in one. */
	public Element newElement(EObject container) {
		SystemModel system = Models.systemOf(container);
		Element element = FACTORY.createElement();
		element.setName(unused(system, "Element"));
		if (container instanceof ManagementDomain domain) {
			element.setDomain(domain);
		}
		system.getElements().add(element);
		return element;
	}

	public Stakeholder newStakeholder(EObject container) {
		SystemModel system = Models.systemOf(container);
		Stakeholder stakeholder = FACTORY.createStakeholder();
		stakeholder.setName(unused(system, "Stakeholder"));
		system.getStakeholders().add(stakeholder);
		return stakeholder;
	}

	/** A data flow between two elements (change its kind in the text or the properties view). */
	public Flow newFlowTo(Element source, Element target) {
		SystemModel system = Models.systemOf(source);
		Flow flow = FACTORY.createFlow();
		flow.setName(unused(system, source.getName() + "To" + target.getName()));
		flow.setSource(source);
		flow.setTarget(target);
		flow.setKind(FlowKind.DATA);
		system.getFlows().add(flow);
		return flow;
	}

	/** Moves the end of the flow that was at {@code oldEnd} to {@code newEnd}. */
	public Flow reconnect(Flow flow, Element oldEnd, Element newEnd) {
		if (flow.getSource() == oldEnd) {
			flow.setSource(newEnd);
		} else {
			flow.setTarget(newEnd);
		}
		return flow;
	}

	/** What the direct edit starts from: the name, and the title in quotes when there is one. */
	public String editableLabel(NamedElement object) {
		return object.getName() + (object.getTitle() == null ? "" : " \"" + object.getTitle() + "\"");
	}

	/**
	 * Applies a direct edit {@code Name "Title"}: the name when it is a valid one, the title when one is given in
	 * quotes (empty quotes remove it); text of another shape changes nothing.
	 */
	public NamedElement rename(NamedElement object, String label) {
		Matcher edit = LABEL.matcher(label == null ? "" : label.trim());
		if (edit.matches()) {
			object.setName(edit.group(1));
			if (edit.group(2) != null) {
				object.setTitle(edit.group(2).isBlank() ? null : edit.group(2).trim());
			}
		}
		return object;
	}

	/** A new usage that lists the element. */
	public Usage newUsageWith(Element element) {
		SystemModel system = Models.systemOf(element);
		Usage usage = FACTORY.createUsage();
		usage.setName(unused(system, "Usage"));
		usage.getElements().add(element);
		system.getUsages().add(usage);
		return usage;
	}

	/** A new risk on the element, in its first usage (a new usage when it has none). */
	public Risk newRiskOn(Element element) {
		SystemModel system = Models.systemOf(element);
		Usage usage = system.getUsages().stream().filter(u -> u.getElements().contains(element)).findFirst()
				.orElseGet(() -> newUsageWith(element));
		Risk risk = FACTORY.createRisk();
		risk.setName(unused(system, "Risk"));
		risk.setUsage(usage);
		risk.setElement(element);
		for (Axis axis : Models.axes(system)) {
			if (!axis.getLevels().isEmpty()) {
				AxisRating rating = FACTORY.createAxisRating();
				rating.setAxis(axis);
				rating.setLevel(axis.getLevels().get(0));
				risk.getRatings().add(rating);
			}
		}
		system.getRisks().add(risk);
		return risk;
	}

	/** {@code base} followed by the first number that makes it unused among the system's names. */
	static String unused(SystemModel system, String base) {
		Set<String> taken = system.eContents().stream().filter(NamedElement.class::isInstance)
				.map(o -> ((NamedElement) o).getName()).collect(Collectors.toSet());
		for (int i = 1;; i++) {
			if (!taken.contains(base + i)) {
				return base + i;
			}
		}
	}
}
