// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

	private static final String EXAMPLES = CheckCommandTest.EXAMPLES;

	@Test
	void theExamplesShowEveryKindOfFinding() {
		CliRun run = CliRun.of("analyze", "--format", "json", "--as-of", "2026-01-15", EXAMPLES);
		assertEquals(ExitCodes.OK, run.code(), run.err());
		Set<String> codes = new TreeSet<>();
		Matcher m = Pattern.compile("\"code\": \"iotssf\\.finding\\.([a-zA-Z]+)\"").matcher(run.out());
		while (m.find()) {
			codes.add(m.group(1));
		}
		assertEquals(new TreeSet<>(Set.of("crossDomainFeedbackLoop", "monoculture", "singlePointOfFailure", "longDependencyChain",
				"internetFacing", "unprotectedCrossDomainFlow", "entryPoint", "noUpdatePath", "supportEndsBeforeLife",
				"controlWithoutIntegrity", "sensorDataWithoutIntegrity", "securityLevelGap", "safetyLevel", "chainWithoutIntegrity",
				"productInSeveralCells")), codes);
	}

	@Test
	void textNamesTheCellsOfComment5_1() {
		CliRun run = CliRun.of("analyze", "--as-of", "2026-01-15", EXAMPLES + "/hospital-hvac.ssf");
		assertEquals(ExitCodes.OK, run.code(), run.err());
		assertTrue(run.out().contains("  DosStop in Wards on IndoorUnit: recovery=low, economic=medium -> V1 declared (noMeasure), V2 declared (covered)\n"), run.out());
		assertTrue(run.out().contains("  SettingsLeak in Wards on Gateway: recovery=low, economic=low, likelihood possible -> V1 declared (covered)\n"), run.out());
		assertTrue(run.out().contains(EXAMPLES + "/hospital-hvac.ssf:49:2: warning: Open item: method iotssf.default requires V1 (declared) for risk DosStop"), run.out());
	}

	@Test
	void textInJapanese() {
		CliRun run = CliRun.of("analyze", "--lang", "ja", "--as-of", "2026-01-15", EXAMPLES + "/hospital-hvac.ssf");
		assertEquals(ExitCodes.OK, run.code(), run.err());
		assertTrue(run.out().contains("  DosStop（利用形態 Wards の IndoorUnit）: 回復困難性：小、経済的影響：中 -> V1 自己適合宣言 (対策なし), "
				+ "V2 自己適合宣言 (対策済み)\n"), run.out());
		assertEquals(ExitCodes.USAGE, CliRun.of("analyze", "--lang", "fr", EXAMPLES + "/hospital-hvac.ssf").code());
	}

	@Test
	void explainPrintsWhyUnderEachResult() {
		CliRun run = CliRun.of("analyze", "--explain", "--as-of", "2026-01-15", EXAMPLES + "/hospital-hvac.ssf");
		assertTrue(run.out().contains("      why: DosStop is rated recovery=low, economic=medium in usage Wards on IndoorUnit; rule baseline"), run.out());
	}

	@Test
	void failOnTurnsFindingsIntoExitCodeOne() {
		assertEquals(ExitCodes.FAILED, CliRun.of("analyze", "--fail-on", "warning", EXAMPLES + "/hospital-hvac.ssf").code());
		assertEquals(ExitCodes.OK, CliRun.of("analyze", "--fail-on", "error", EXAMPLES + "/hospital-hvac.ssf").code());
	}

	@Test
	void evidenceValidityDependsOnTheAsOfDate() {
		String before = CliRun.of("analyze", "--as-of", "2026-01-15", EXAMPLES + "/remote-boiler-monitoring.ssf").out();
		assertTrue(before.contains("The evidence 'Gas appliance safety mark' of measure BoilerSafetyCert is not valid"), before);
		String earlier = CliRun.of("analyze", "--as-of", "2024-06-01", EXAMPLES + "/remote-boiler-monitoring.ssf").out();
		assertTrue(!earlier.contains("Gas appliance safety mark' of measure BoilerSafetyCert is not valid"), earlier);
	}

	@Test
	void modelsWithErrorsAreNotAnalyzed(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("bad.ssf");
		Files.writeString(model, "system S { element Cam kind sensor layer 2 usage U elements Cam risk R in U on Cam recovery low }\n");
		CliRun run = CliRun.of("analyze", model.toString());
		assertEquals(ExitCodes.FAILED, run.code());
		assertEquals("", run.out());
		assertTrue(run.err().contains("[iotssf.riskMissingRating]"), run.err());
		assertTrue(run.err().endsWith("The models have errors, so they were not analyzed; fix them first ('iotssf check' lists them).\n"), run.err());
	}

	@Test
	void badOptionsAreUsageErrors() {
		assertEquals("iotssf: --as-of '2026-13-01' is not a date; write yyyy-mm-dd, for example 2026-03-31\n",
				CliRun.of("analyze", "--as-of", "2026-13-01", EXAMPLES).err());
		assertEquals(ExitCodes.USAGE, CliRun.of("analyze", "--format", "xml", EXAMPLES).code());
		assertEquals(ExitCodes.USAGE, CliRun.of("analyze", "--fail-on", "fatal", EXAMPLES).code());
	}
}
