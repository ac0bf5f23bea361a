// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.iotssf.analysis.AnalysisDiff;
import org.iotssf.analysis.Severity;
import org.junit.jupiter.api.Test;

public class DiffReportTest {

	private static final List<AnalysisDiff.Change> CHANGES = List.of(
			new AnalysisDiff.Change(AnalysisDiff.Kind.CELL_RAISED, "S", "Risk|1", "low/low", "medium/low", null),
			new AnalysisDiff.Change(AnalysisDiff.Kind.FINDING_APPEARED, "S", "iotssf.finding.asil", "", "Risk R ...", Severity.INFO));

	@Test
	public void markdownGroupsChangesByKindForAPullRequestComment() {
		assertEquals("""
				## IoT-SSF: what changed

				2 changes.

				### Cells raised (1)

				| system | subject | before | after |
				|---|---|---|---|
				| S | Risk\\|1 | low/low | medium/low |

				### Findings appearing (1)

				| system | subject | before | after |
				|---|---|---|---|
				| S | iotssf.finding.asil (info) |  | Risk R ... |
				""", DiffReport.markdown(CHANGES));
	}

	@Test
	public void noChangeSaysSo() {
		assertEquals("## IoT-SSF: what changed\n\nNo change in categories, required viewpoints, coverage or findings.\n", DiffReport.markdown(List.of()));
	}

	@Test
	public void jsonListsEveryChange() {
		String json = DiffReport.json(CHANGES);
		assertEquals(true, json.contains("\"kind\": \"cellRaised\"") && json.contains("\"severity\": \"info\""), json);
	}
}
