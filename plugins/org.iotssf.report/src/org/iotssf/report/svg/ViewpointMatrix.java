// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report.svg;

import java.util.List;

import org.iotssf.analysis.CoverageStatus;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.RiskViewpoint;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.model.Viewpoint;
import org.iotssf.model.support.MethodParts;
import org.iotssf.report.Messages;

/**
 * The viewpoint matrix (the framework's Figure 6, as a set and not a ranked cube): one row per risk,
 * one column per viewpoint; a required viewpoint shows its strength and is coloured by its coverage.
 */
public final class ViewpointMatrix {

	static final double LEFT = 260;
	static final double COL = 150;
	static final double ROW = 24;
	static final double TOP = 86;
	/** The lines of a viewpoint's label above its column. */
	static final int HEADER_LINES = 4;

	private ViewpointMatrix() {
	}

	public static String draw(SystemAnalysis a, Messages m) {
		List<Viewpoint> viewpoints = MethodParts.viewpoints(a.method());
		double width = LEFT + viewpoints.size() * COL + 20;
		double height = TOP + Math.max(1, a.risks().size()) * ROW + 60;
		Svg svg = new Svg(width, height, m.get("matrix.title"));
		svg.text(10, 30, m.get("matrix.risk"), "head");
		for (int c = 0; c < viewpoints.size(); c++) {
			svg.text(LEFT + c * COL + COL / 2, 30, viewpoints.get(c).getName(), "head centered");
			svg.lines(LEFT + c * COL + COL / 2, 44, Labels.of(viewpoints.get(c), m), 26, HEADER_LINES, 12, "note centered");
		}
		for (int r = 0; r < a.risks().size(); r++) {
			RiskResult risk = a.risks().get(r);
			double y = TOP + r * ROW;
			svg.label(10, y + 16, risk.risk().getName(), 24, "  " + (risk.cell() == null ? "—" : Labels.cell(risk.cell(), m)), "mark-label");
			for (int c = 0; c < viewpoints.size(); c++) {
				String name = viewpoints.get(c).getName();
				RiskViewpoint v = risk.viewpoints().stream().filter(x -> x.requirement().name().equals(name)).findFirst().orElse(null);
				double x = LEFT + c * COL;
				if (v == null) {
					svg.rect(x + 2, y + 2, COL - 4, ROW - 4, "none");
					if (risk.deMinimis() && c == 0) {
						svg.text(x + 8, y + 16, m.get("matrix.deMinimis"), "note");
					}
					continue;
				}
				svg.rect(x + 2, y + 2, COL - 4, ROW - 4, coverageClass(v.coverage()));
				svg.label(x + COL / 2, y + 16, Labels.strength(v.requirement(), m) + " · " + v.coverage().label(m.language()), 24,
						"centered");
			}
		}
		double ly = TOP + a.risks().size() * ROW + 30;
		svg.rect(10, ly - 10, 12, 12, "covered").text(28, ly, m.get("matrix.legend.covered"), "mark-label");
		svg.rect(180, ly - 10, 12, 12, "partial").text(198, ly, m.get("matrix.legend.partial"), "mark-label");
		svg.rect(420, ly - 10, 12, 12, "missing").text(438, ly, m.get("matrix.legend.missing"), "mark-label");
		svg.rect(620, ly - 10, 12, 12, "none").text(638, ly, m.get("matrix.legend.none"), "mark-label");
		return svg.toString(Css.CHART);
	}

	static String coverageClass(CoverageStatus status) {
		return switch (status) {
			case COVERED -> "covered";
			case NO_MEASURE -> "missing";
			default -> "partial";
		};
	}
}
