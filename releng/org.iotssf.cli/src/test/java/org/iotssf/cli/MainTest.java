// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

	@Test
	void withoutACommandItSaysWhatToDo() {
		CliRun run = CliRun.of();
		assertEquals(ExitCodes.USAGE, run.code());
		assertTrue(run.err().startsWith("iotssf: Name a command, for example 'iotssf check examples'."), run.err());
	}

	@Test
	void anUnknownOptionIsAUsageError() {
		CliRun run = CliRun.of("check", "--colour", "x.ssf");
		assertEquals(ExitCodes.USAGE, run.code());
		assertTrue(run.err().startsWith("iotssf: Unknown option: '--colour'"), run.err());
		assertTrue(run.err().contains("Run 'iotssf check --help' for the usage of 'check', or 'iotssf --help' for all commands."), run.err());
	}

	@Test
	void helpListsTheCommandsAndExitCodes() {
		CliRun run = CliRun.of("--help");
		assertEquals(ExitCodes.OK, run.code());
		assertTrue(run.out().contains("check"), run.out());
		assertTrue(run.out().contains("Exit codes: 0 clean, 1 errors found, 2 usage or I/O error, 3 internal error."), run.out());
	}

	@Test
	void printsTheVersionOfTheBuild() {
		CliRun run = CliRun.of("--version");
		assertEquals(ExitCodes.OK, run.code());
		assertTrue(run.out().matches("iotssf \\d+\\.\\d+\\.\\d+.*\\n"), run.out());
	}
}
