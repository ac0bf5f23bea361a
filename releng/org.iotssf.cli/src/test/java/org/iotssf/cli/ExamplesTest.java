// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.SystemAnalysis;
import org.junit.jupiter.api.Test;

/** What the examples show: every cell of the default grid, and comment 5-1's air-conditioning unit in its cell. */
class ExamplesTest {

	private static List<SystemAnalysis> examples() {
		AnalysisRun run = AnalysisRun.load(SourceFiles.expand(List.of(CheckCommandTest.EXAMPLES)), new PrintWriter(new StringWriter()));
		return run.analyze(LocalDate.of(2026, 1, 15));
	}

	@Test
	void theExamplesTogetherRateARiskInEveryCellOfTheDefaultGrid() {
		Set<String> cells = new TreeSet<>();
		for (SystemAnalysis a : examples()) {
			assertEquals("iotssf.default", a.method().getName());
			a.risks().stream().filter(r -> r.cell() != null).forEach(r -> cells.add(r.cell().key()));
		}
		Set<String> grid = new TreeSet<>();
		for (String recovery : List.of("low", "medium", "high")) {
			for (String economic : List.of("low", "medium", "high")) {
				grid.add(recovery + "/" + economic);
			}
		}
		assertEquals(grid, cells);
	}

	@Test
	void theAirConditioningUnitOfComment5_1GetsTheCellOfItsHeatingAndCooling() {
		SystemAnalysis hospital = examples().stream().filter(a -> a.system().getName().equals("HospitalHvac")).findFirst().orElseThrow();
		ElementResult unit = hospital.elements().stream().filter(e -> e.element().getName().equals("IndoorUnit")).findFirst().orElseThrow();
		assertEquals("low/medium", unit.worst().key());
		List<String> cells = hospital.risks().stream().map(RiskResult::cell).map(c -> c.key()).toList();
		assertEquals(List.of("low/medium", "low/medium", "medium/medium", "low/low"), cells, "the commenter's four ratings, in order");
	}

	@Test
	void everyExampleSaysWhichLinesComeFromThePublicComments() throws Exception {
		for (SourceFiles.SourceFile file : SourceFiles.expand(List.of(CheckCommandTest.EXAMPLES))) {
			String text = Files.readString(file.path());
			assertTrue(text.contains("Illustration") || text.contains("illustration"), file.display());
			assertTrue(text.contains("comment"), file.display());
		}
		assertTrue(Files.readString(Path.of(CheckCommandTest.EXAMPLES, "hospital-hvac.ssf")).contains("From comment 5-1"));
		assertTrue(Files.readString(Path.of(CheckCommandTest.EXAMPLES, "smart-home-shutters.ssf")).contains("comment 14-2"));
	}
}
