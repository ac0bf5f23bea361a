// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.List;

import org.iotssf.model.Measure;
import org.iotssf.model.Stakeholder;

/**
 * A viewpoint a risk requires: who carries it (agreed, or proposed from the method's role
 * allocation), and how far the model's measures cover it.
 */
public record RiskViewpoint(Requirement requirement, List<Stakeholder> stakeholders, boolean agreed,
		CoverageStatus coverage, List<Measure> measures, Explanation explanation) {

	public RiskViewpoint {
		stakeholders = List.copyOf(stakeholders);
		measures = List.copyOf(measures);
	}
}
