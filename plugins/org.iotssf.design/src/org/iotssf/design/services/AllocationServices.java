// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design.services;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.iotssf.analysis.RiskViewpoint;
import org.iotssf.model.Stakeholder;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Viewpoint;

/**
 * The allocation table: stakeholders × viewpoints, from the system's agreements ("agreed") or, where none says
 * who carries a required viewpoint, from the method's allocation by role ("proposed").
 */
public class AllocationServices {

	/** The viewpoints the stakeholder carries for some risk of its system: the cells of its line. */
	public List<Viewpoint> carriedViewpoints(Stakeholder stakeholder) {
		Set<Viewpoint> carried = new LinkedHashSet<>();
		Models.analysis(stakeholder).ifPresent(a -> a.risks().forEach(r -> r.viewpoints().stream()
				.filter(v -> v.stakeholders().contains(stakeholder)).forEach(v -> carried.add(v.requirement().viewpoint()))));
		return List.copyOf(carried);
	}

	/** "agreed (3 risks)", "proposed (1 risk)", or both. */
	public String carries(Stakeholder stakeholder, Viewpoint viewpoint, SystemModel system) {
		int agreed = 0;
		int proposed = 0;
		for (var risk : Models.analysis(system).map(a -> a.risks()).orElse(List.of())) {
			for (RiskViewpoint v : risk.viewpoints()) {
				if (v.requirement().viewpoint() == viewpoint && v.stakeholders().contains(stakeholder)) {
					if (v.agreed()) {
						agreed++;
					} else {
						proposed++;
					}
				}
			}
		}
		String text = (agreed > 0 ? "agreed (" + count(agreed) + ")" : "")
				+ (agreed > 0 && proposed > 0 ? ", " : "") + (proposed > 0 ? "proposed (" + count(proposed) + ")" : "");
		return text;
	}

	private static String count(int risks) {
		return risks + (risks == 1 ? " risk" : " risks");
	}
}
