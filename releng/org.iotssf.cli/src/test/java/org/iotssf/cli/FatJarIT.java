// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Runs the shaded jar as users do ({@code java -jar}), catching what only the fat jar gets wrong. */
class FatJarIT {

	private static CliRun javaJar(String... args) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", System.getProperty("iotssf.jar")));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(60, TimeUnit.SECONDS);
		return new CliRun(process.exitValue(), out, err);
	}

	@Test
	void reportsTheBrokenSampleExactlyAndWithoutLibraryNoise() throws Exception {
		CliRun run = javaJar("check", "src/it/bad.ssf");
		assertEquals(ExitCodes.FAILED, run.code(), run.err());
		assertEquals("""
				src/it/bad.ssf:5:27: error: There is no element named 'Missing'. Declare it, correct the name, or import the file or namespace that declares it. [iotssf.unresolvedReference]
				src/it/bad.ssf:6:7: error: Risk 'R' is not rated on axis 'economic' (Economic impact) of method iotssf.default; add 'economic <level>' with one of: low, medium, high. [iotssf.riskMissingRating]
				""", run.out());
		assertEquals("Checked 1 file: 2 errors, 0 warnings.\n", run.err());
	}

	@Test
	void checksTheExamplesCleanly() throws Exception {
		CliRun run = javaJar("check", "../../examples");
		assertEquals(ExitCodes.OK, run.code(), run.out() + run.err());
		assertFalse(run.out().contains("error"), run.out());
	}
}
