// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import static org.iotssf.analysis.Explanation.step;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.iotssf.analysis.Explanation;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Phrase;
import org.iotssf.analysis.Severity;
import org.iotssf.model.Element;
import org.iotssf.model.ElementKind;
import org.iotssf.model.Flow;
import org.iotssf.model.FlowKind;
import org.iotssf.model.Protection;
import org.iotssf.model.SystemModel;
import org.iotssf.model.support.Instances;

/**
 * Layer-2 integrity (public comments 2-1, 3-1): commands going down to actuators and sensor data going
 * up into decisions must be protected by integrity or attestation, on the flow or by a measure.
 */
final class LayerTwoIntegrity {

	static final String CONTROL = SystemicFindings.PREFIX + "controlWithoutIntegrity";
	static final String SENSOR = SystemicFindings.PREFIX + "sensorDataWithoutIntegrity";
	static final String CHAIN = SystemicFindings.PREFIX + "chainWithoutIntegrity";

	private static final List<Protection> INTEGRITY = List.of(Protection.INTEGRITY, Protection.ATTESTATION);
	private static final Set<ElementKind> DECIDERS = Set.of(ElementKind.CONTROLLER, ElementKind.CLOUD_SERVICE, ElementKind.SERVER);

	private LayerTwoIntegrity() {
	}

	static List<Finding> find(SystemModel system, ProtectedFlows protections) {
		List<Finding> findings = new ArrayList<>();
		Set<Flow> reported = new HashSet<>();
		for (Flow flow : system.getFlows()) {
			if (flow.getSource() == null || flow.getTarget() == null || protections.provides(flow, INTEGRITY)) {
				continue;
			}
			if (flow.getKind() == FlowKind.CONTROL && Instances.kind(flow.getTarget()) == ElementKind.ACTUATOR) {
				reported.add(flow);
				findings.add(new Finding(CONTROL, Severity.WARNING, "controlWithoutIntegrity", List.of(flow.getTarget().getName(),
						Exposures.describe(flow)), flow, List.of(flow.getSource(), flow.getTarget()), Explanation.of(
								step("integrity.control"), step("integrity.none"))));
			} else if (flow.getKind() == FlowKind.DATA && Instances.kind(flow.getSource()) == ElementKind.SENSOR
					&& DECIDERS.contains(Instances.kind(flow.getTarget()))) {
				reported.add(flow);
				findings.add(new Finding(SENSOR, Severity.WARNING, "sensorDataWithoutIntegrity", List.of(flow.getSource().getName(),
						flow.getTarget().getName(), Exposures.describe(flow)), flow, List.of(flow.getSource(), flow.getTarget()), Explanation.of(
								step("integrity.sensor", Phrase.term(Instances.kind(flow.getTarget()))), step("integrity.none"))));
			}
		}
		findings.addAll(chains(system, protections, reported));
		return findings;
	}

	/**
	 * Sensor-to-actuator chains (comment 2-1: what is sensed must reach the physical action unaltered):
	 * the shortest paths of flows from each sensor to the actuators it reaches, when a hop on them lacks
	 * integrity that the single-hop rules above did not already report (a gateway-to-cloud hop, say). One
	 * finding per sensor: the nearest such actuator, and how many others (so that a large model gets one
	 * finding per sensor, not one per pair).
	 */
	private static List<Finding> chains(SystemModel system, ProtectedFlows protections, Set<Flow> reported) {
		FlowGraph flows = new FlowGraph(system, false);
		List<Finding> findings = new ArrayList<>();
		for (int from = 0; from < flows.vertices.size(); from++) {
			if (Instances.kind(flows.vertices.get(from)) != ElementKind.SENSOR) {
				continue;
			}
			// the chains to every actuator the sensor reaches over a hop the single-hop rules do not report
			List<List<Integer>> chains = flows.pathsFrom(from, p -> Instances.kind(flows.end(p)) == ElementKind.ACTUATOR
					&& flows.flows(p).stream().anyMatch(hop -> !protections.provides(hop, INTEGRITY) && !reported.contains(hop)));
			if (chains.isEmpty()) {
				continue;
			}
			List<Integer> path = chains.get(0);
			List<String> open = flows.flows(path).stream().filter(hop -> !protections.provides(hop, INTEGRITY)).map(Exposures::describe).toList();
			List<Element> route = path.stream().map(flows.vertices::get).toList();
			Phrase hops = Phrase.texts(open);
			List<Explanation.Step> why = new ArrayList<>(List.of(step("integrity.chain", ElementGraph.path(route)),
					step("integrity.openHops", open.size(), path.size() - 1, hops), step("integrity.none")));
			if (chains.size() > 1) {
				why.add(step("integrity.more", chains.size() - 1, ElementGraph.names(chains.subList(1, chains.size()).stream().map(flows::end).toList())));
			}
			findings.add(new Finding(CHAIN, Severity.WARNING, "chainWithoutIntegrity", List.of(route.get(0).getName(),
					route.get(route.size() - 1).getName(), ElementGraph.path(route), hops), route.get(0), new ArrayList<>(route),
					new Explanation(why)));
		}
		return findings;
	}
}
