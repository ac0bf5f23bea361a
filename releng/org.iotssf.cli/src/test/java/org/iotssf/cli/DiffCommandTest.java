// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

	private static final String OLD = CheckCommandTest.EXAMPLES + "/hospital-hvac.ssf";

	private static Path raised(Path dir) throws Exception {
		Path file = dir.resolve("hospital-hvac.ssf");
		Files.writeString(file, Files.readString(Path.of(OLD)).replace("recovery medium economic medium", "recovery high economic medium"));
		return file;
	}

	@Test
	void sameModelsHaveNoChange() {
		CliRun run = CliRun.of("diff", OLD, OLD, "--fail-on", "cell-raised,new-required-viewpoint,finding:info");
		assertEquals(ExitCodes.OK, run.code(), run.err());
		assertTrue(run.out().contains("No change"), run.out());
	}

	@Test
	void aRaisedCellFailsWhenAskedTo(@TempDir Path dir) throws Exception {
		Path now = raised(dir);
		CliRun run = CliRun.of("diff", OLD, now.toString(), "--fail-on", "cell-raised");
		assertEquals(ExitCodes.FAILED, run.code(), run.err());
		assertTrue(run.out().contains("| HospitalHvac | CustomerDataLeak | medium/medium | high/medium |"), run.out());
		assertEquals(ExitCodes.OK, CliRun.of("diff", OLD, now.toString()).code());
		assertEquals(ExitCodes.FAILED, CliRun.of("diff", OLD, now.toString(), "--fail-on", "new-required-viewpoint").code());
		assertEquals(ExitCodes.FAILED, CliRun.of("diff", OLD, now.toString(), "--fail-on", "finding:warning").code());
		assertEquals(ExitCodes.OK, CliRun.of("diff", OLD, now.toString(), "--fail-on", "finding:error").code());
	}

	@Test
	void jsonAndBadConditions(@TempDir Path dir) throws Exception {
		assertTrue(CliRun.of("diff", OLD, raised(dir).toString(), "--format", "json").out().contains("\"kind\": \"cellRaised\""));
		assertEquals("iotssf: unknown --fail-on condition 'cells'; use new-required-viewpoint, cell-raised or finding:info|warning|error\n",
				CliRun.of("diff", OLD, OLD, "--fail-on", "cells").err());
	}
}
