// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per defect of the robustness issue, each failing before its fix. */
class RobustnessRegressionTest {

	private static final String HOSPITAL = CheckCommandTest.EXAMPLES + "/hospital-hvac.ssf";

	@Test
	void aSyntaxErrorAfterAFinalCarriageReturnIsPrintedAndFails(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("cr.ssf");
		Files.write(model, "system\r".getBytes(StandardCharsets.US_ASCII));
		CliRun check = CliRun.of("check", model.toString());
		assertEquals(ExitCodes.FAILED, check.code(), check.out() + check.err());
		assertEquals(model + ":1:7: error: Unexpected end of file; expected a name. [iotssf.syntaxError]", check.out().lines().findFirst().get());
		CliRun analyze = CliRun.of("analyze", "--format", "json", model.toString());
		assertEquals(ExitCodes.FAILED, analyze.code());
		assertEquals("", analyze.out());
		assertFalse(analyze.err().contains("Exception"), analyze.err());
		assertEquals(ExitCodes.FAILED, CliRun.of("report", model.toString(), "-o", dir.resolve("out").toString()).code());
		assertFalse(Files.exists(dir.resolve("out")));
	}

	@Test
	void aModelWithCarriageReturnLineEndsIsReportedLikeOneWithLineFeeds(@TempDir Path dir) throws Exception {
		String text = Files.readString(Path.of(HOSPITAL)).replace("\n", "\r");
		Path model = dir.resolve("hospital.ssf");
		Files.writeString(model, text);
		CliRun check = CliRun.of("check", model.toString());
		assertEquals(ExitCodes.OK, check.code(), check.out());
	}

	@Test
	void aTemporaryNameTakenByALinkIsNeverFollowed(@TempDir Path dir) throws Exception {
		Path out = Files.createDirectory(dir.resolve("out"));
		Path outside = dir.resolve("outside.txt");
		// links at every name the old writer would have used, and at the final name
		for (String name : List.of("HospitalHvac.html", ".HospitalHvac.html." + ProcessHandle.current().pid() + ".tmp")) {
			Files.createSymbolicLink(out.resolve(name), outside);
		}
		CliRun run = CliRun.of("report", HOSPITAL, "-o", out.toString(), "--format", "html");
		assertEquals(ExitCodes.OK, run.code(), run.err());
		assertFalse(Files.exists(outside), "a file was written outside the output folder");
		assertFalse(Files.isSymbolicLink(out.resolve("HospitalHvac.html")));
		assertTrue(Files.readString(out.resolve("HospitalHvac.html")).startsWith("<!DOCTYPE html>"));
	}

	@Test
	void temporaryFilesOfAKilledRunAreRemoved(@TempDir Path dir) throws Exception {
		Path out = Files.createDirectory(dir.resolve("out"));
		Files.writeString(out.resolve(OutputFolder.TEMPORARY_PREFIX + "12345" + OutputFolder.TEMPORARY_SUFFIX), "half");
		Files.writeString(out.resolve("notes.txt"), "mine");
		CliRun run = CliRun.of("report", HOSPITAL, "-o", out.toString(), "--format", "csv");
		assertEquals(ExitCodes.OK, run.code(), run.err());
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of("notes.txt", "risk-register.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void textThatCannotBeEncodedIsNamedNotAnEncoderMessage(@TempDir Path dir) {
		UsageException e = assertThrows(UsageException.class,
				() -> new OutputFolder(dir).write(Map.of("r.html", "<p>Ward \ud800 east</p>")));
		assertEquals("cannot write 'r.html': the model text holds half of a surrogate pair after '<p>Ward '; correct that text"
				+ " in the model (write the character itself)", e.getMessage());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(0, files.count());
		} catch (java.io.IOException io) {
			throw new AssertionError(io);
		}
	}

	@Test
	void anEmojiTitleIsCutWholeInCharts(@TempDir Path dir) throws Exception {
		String text = Files.readString(Path.of(HOSPITAL)).replace("domain Facility \"Hospital facility management\"",
				"domain Facility \"病棟 🏥🩺💉🛏️ 24時間 \u00e9\u0301 and a long tail that needs shortening in the diagram box\"");
		Path model = dir.resolve("emoji.ssf");
		Files.writeString(model, text);
		CliRun run = CliRun.of("report", model.toString(), "-o", dir.resolve("out").toString(), "--as-of", "2026-01-15");
		assertEquals(ExitCodes.OK, run.code(), run.err());
		assertTrue(Files.readString(dir.resolve("out/HospitalHvac-diagram.svg")).contains("病棟 🏥"));
	}

	@Test
	void errorsComeBeforeWarningsWhenIssuesAreCut(@TempDir Path dir) throws Exception {
		StringBuilder text = new StringBuilder("system S {\n\tuses method iotssf.default\n");
		for (int i = 0; i < 5; i++) {
			text.append("\telement Spare").append(i).append(" kind sensor layer 2\n");
		}
		text.append("\telement A kind sensor layer 2 in Nowhere\n}\n");
		Path model = dir.resolve("many.ssf");
		Files.writeString(model, text);
		CliRun run = CliRun.of("check", "--max-issues", "2", model.toString());
		assertEquals(ExitCodes.FAILED, run.code());
		assertTrue(run.out().startsWith(model + ":8:"), run.out());
		assertTrue(run.out().lines().toList().get(0).contains(": error: There is no domain named 'Nowhere'"), run.out());
		assertEquals(2, run.out().lines().count());
	}

	@Test
	void anEmptyOutputFolderIsAUsageError() {
		for (String empty : List.of("", "  ")) {
			CliRun run = CliRun.of("report", HOSPITAL, "-o", empty);
			assertEquals(ExitCodes.USAGE, run.code());
			assertEquals("iotssf: the output folder (-o) is empty; name a folder, for example -o out\n", run.err());
		}
	}

	@Test
	void aVeryLongSystemNameGivesFileNamesThatFit(@TempDir Path dir) throws Exception {
		String name = "S" + "y".repeat(300);
		Path model = dir.resolve("long.ssf");
		Files.writeString(model, Files.readString(Path.of(HOSPITAL)).replace("system HospitalHvac", "system " + name));
		CliRun run = CliRun.of("report", model.toString(), "-o", dir.resolve("out").toString());
		assertEquals(ExitCodes.OK, run.code(), run.err());
		try (Stream<Path> files = Files.list(dir.resolve("out"))) {
			List<String> names = files.map(p -> p.getFileName().toString()).toList();
			assertEquals(8, names.size(), names.toString());
			assertTrue(names.stream().allMatch(n -> n.length() < 120), names.toString());
		}
	}

	@Test
	void usageHintsNameTheRightCommand() {
		assertEquals("iotssf: Unmatched argument at index 0: 'chek'\nRun 'iotssf --help' for the usage.\n", CliRun.of("chek").err());
		assertEquals("iotssf: Unknown option: '--bogus'\nRun 'iotssf check --help' for the usage of 'check', or 'iotssf --help' for all commands.\n",
				CliRun.of("check", "--bogus", "x").err());
	}

	@Test
	void aFolderInTheWayGetsAReasonNotARepeatedPath(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("taken"), "x");
		CliRun run = CliRun.of("report", HOSPITAL, "-o", dir.resolve("taken").toString());
		assertEquals("iotssf: cannot create the output folder '" + dir.resolve("taken") + "': a file of that name is in the way\n", run.err());
	}

	@Test
	void aNewlineInAFileNameDoesNotSplitTheIssueLine(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("two\nlines.ssf");
		Files.writeString(model, "system S {\n\telement A kind sensor layer 2 in Nowhere\n}\n");
		CliRun run = CliRun.of("check", "--max-issues", "1", model.toString());
		assertEquals(1, run.out().lines().count(), run.out());
		assertTrue(run.out().startsWith(dir + "/two\\x0alines.ssf:2:"), run.out());
	}

	@Test
	void theOrderOfTheFilesChangesNoOutput(@TempDir Path dir) throws Exception {
		String shutters = CheckCommandTest.EXAMPLES + "/smart-home-shutters.ssf";
		CliRun.of("report", HOSPITAL, shutters, "-o", dir.resolve("a").toString(), "--format", "csv,sarif", "--as-of", "2026-01-15");
		CliRun.of("report", shutters, HOSPITAL, "-o", dir.resolve("b").toString(), "--format", "csv,sarif", "--as-of", "2026-01-15");
		for (String file : List.of("risk-register.csv", "iotssf.sarif")) {
			assertEquals(Files.readString(dir.resolve("a").resolve(file)), Files.readString(dir.resolve("b").resolve(file)), file);
		}
	}

	@Test
	void aFifoIsNotCalledMissing(@TempDir Path dir) throws Exception {
		Path fifo = dir.resolve("pipe.ssf");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		CliRun run = CliRun.of("check", fifo.toString());
		assertEquals(ExitCodes.USAGE, run.code());
		assertEquals("iotssf: cannot read '" + fifo + "': it is neither a regular file nor a folder\n", run.err());
	}
}
