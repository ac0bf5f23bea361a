// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design.services;

import java.util.List;

import org.iotssf.analysis.RiskViewpoint;
import org.iotssf.model.Method;
import org.iotssf.model.Risk;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Viewpoint;
import org.iotssf.model.support.MethodParts;

/** The viewpoint matrix (the framework's Figure 6): risks × viewpoints, with the required strength and coverage. */
public class ViewpointMatrixServices {

	public List<Viewpoint> methodViewpoints(SystemModel system) {
		Method method = Models.methodOf(system);
		return method == null ? List.of() : MethodParts.viewpoints(method);
	}

	/** The viewpoints the risk's method requires for it: the cells of its line. */
	public List<Viewpoint> requiredViewpoints(Risk risk) {
		return Models.result(risk).map(r -> r.viewpoints().stream().map(v -> v.requirement().viewpoint()).toList())
				.orElse(List.of());
	}

	/** "DosStop (low/medium)". */
	public String riskHeader(Risk risk) {
		return risk.getName() + Models.result(risk).filter(r -> r.cell() != null).map(r -> " (" + r.cell().key() + ")").orElse("");
	}

	/** "declared · covered": the strength the method requires and the coverage as of today. */
	public String requirementLabel(Risk risk, Viewpoint viewpoint) {
		return Models.result(risk).flatMap(r -> r.viewpoints().stream().filter(v -> v.requirement().viewpoint() == viewpoint)
				.findFirst()).map(ViewpointMatrixServices::label).orElse("");
	}

	private static String label(RiskViewpoint viewpoint) {
		String strength = viewpoint.requirement().strength() == null ? "any" : viewpoint.requirement().strength().getName();
		return strength + " · " + viewpoint.coverage().label();
	}
}
