// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.nio.file.Path;

/** Runs {@code iotssf check} in-process for tests outside this package. */
public final class CliRunner {

	private CliRunner() {
	}

	/** The issue lines {@code check} prints for a file. */
	public static String check(Path file) {
		return CliRun.of("check", "--max-issues", "0", file.toString()).out();
	}
}
