// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import java.util.ArrayList;
import java.util.List;

import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Population;
import org.iotssf.analysis.ProductResult;
import org.iotssf.analysis.RiskResult;
import org.iotssf.model.Method;
import org.iotssf.model.SystemModel;
import org.iotssf.model.support.MethodParts;

/** The systemic findings the framework's public comments asked for, each rule in its own class. */
public final class SystemicFindings {

	/** The prefix of every finding code. */
	public static final String PREFIX = "iotssf.finding.";

	private SystemicFindings() {
	}

	public static List<Finding> find(SystemModel system, Method method, List<RiskResult> risks, List<ElementResult> elements,
			List<ProductResult> products, Population population) {
		ElementGraph graph = new ElementGraph(system);
		List<Finding> findings = new ArrayList<>();
		findings.addAll(FeedbackLoops.find(graph));
		findings.addAll(Monocultures.find(system, MethodParts.monocultureThreshold(method), MethodParts.monocultureShare(method), population));
		findings.addAll(Dependencies.find(graph));
		ProtectedFlows protections = new ProtectedFlows(system);
		findings.addAll(Exposures.find(system, elements, protections));
		findings.addAll(Maintenance.find(system));
		findings.addAll(LayerTwoIntegrity.find(system, protections));
		findings.addAll(SecurityLevels.find(system));
		findings.addAll(SafetyFindings.find(risks));
		findings.addAll(Products.find(products));
		return findings;
	}
}
