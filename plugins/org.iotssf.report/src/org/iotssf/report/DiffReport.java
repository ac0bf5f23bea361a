// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iotssf.analysis.AnalysisDiff;
import org.iotssf.analysis.output.JsonWriter;

/** The semantic diff of two model versions as Markdown (for a pull-request comment) or JSON. Pure functions. */
public final class DiffReport {

	private static final Map<AnalysisDiff.Kind, String> HEADINGS = new LinkedHashMap<>();

	static {
		HEADINGS.put(AnalysisDiff.Kind.SYSTEM_ADDED, "Systems added");
		HEADINGS.put(AnalysisDiff.Kind.SYSTEM_REMOVED, "Systems removed");
		HEADINGS.put(AnalysisDiff.Kind.RISK_ADDED, "Risks added");
		HEADINGS.put(AnalysisDiff.Kind.RISK_REMOVED, "Risks removed");
		HEADINGS.put(AnalysisDiff.Kind.CELL_RAISED, "Cells raised");
		HEADINGS.put(AnalysisDiff.Kind.CELL_LOWERED, "Cells lowered");
		HEADINGS.put(AnalysisDiff.Kind.CELL_CHANGED, "Cells changed (up on one axis, down on another)");
		HEADINGS.put(AnalysisDiff.Kind.VIEWPOINT_REQUIRED, "Viewpoints newly required");
		HEADINGS.put(AnalysisDiff.Kind.VIEWPOINT_DROPPED, "Viewpoints no longer required");
		HEADINGS.put(AnalysisDiff.Kind.STRENGTH_CHANGED, "Required strength changed");
		HEADINGS.put(AnalysisDiff.Kind.FINDING_APPEARED, "Findings appearing");
		HEADINGS.put(AnalysisDiff.Kind.FINDING_RESOLVED, "Findings resolved");
		HEADINGS.put(AnalysisDiff.Kind.COVERAGE_GAINED, "Coverage gained");
		HEADINGS.put(AnalysisDiff.Kind.COVERAGE_LOST, "Coverage lost");
	}

	private DiffReport() {
	}

	public static String markdown(List<AnalysisDiff.Change> changes) {
		StringBuilder md = new StringBuilder("## IoT-SSF: what changed\n\n");
		if (changes.isEmpty()) {
			return md.append("No change in categories, required viewpoints, coverage or findings.\n").toString();
		}
		md.append(changes.size()).append(changes.size() == 1 ? " change.\n\n" : " changes.\n\n");
		for (Map.Entry<AnalysisDiff.Kind, String> heading : HEADINGS.entrySet()) {
			List<AnalysisDiff.Change> some = changes.stream().filter(c -> c.kind() == heading.getKey()).toList();
			if (some.isEmpty()) {
				continue;
			}
			md.append("### ").append(heading.getValue()).append(" (").append(some.size()).append(")\n\n| system | subject | before | after |\n|---|---|---|---|\n");
			for (AnalysisDiff.Change c : some) {
				md.append("| ").append(Render.md(c.system())).append(" | ").append(Render.md(c.subject()))
						.append(c.severity() != null ? " (" + c.severity().label() + ")" : "").append(" | ")
						.append(Render.md(c.before())).append(" | ").append(Render.md(c.after())).append(" |\n");
			}
			md.append('\n');
		}
		return md.toString().stripTrailing() + "\n";
	}

	public static String json(List<AnalysisDiff.Change> changes) {
		JsonWriter json = new JsonWriter().beginObject().field("schema", "iotssf-diff/1").name("changes").beginArray();
		for (AnalysisDiff.Change c : changes) {
			json.beginObject().field("kind", c.kind().label()).field("system", c.system()).field("subject", c.subject())
					.field("before", c.before()).field("after", c.after())
					.field("severity", c.severity() == null ? null : c.severity().label()).endObject();
		}
		return json.endArray().endObject().toString();
	}
}
