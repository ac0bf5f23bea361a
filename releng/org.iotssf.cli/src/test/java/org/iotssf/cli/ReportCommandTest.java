// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

	private static List<String> files(Path dir) throws Exception {
		try (Stream<Path> list = Files.list(dir)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void writesEveryFormatIntoTheOutputFolderOnly(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("out");
		CliRun run = CliRun.of("report", CheckCommandTest.EXAMPLES + "/hospital-hvac.ssf", "-o", out.toString(), "--as-of", "2026-01-15");
		assertEquals(ExitCodes.OK, run.code(), run.err());
		assertEquals(List.of("HospitalHvac-diagram.svg", "HospitalHvac-map.svg", "HospitalHvac-matrix.svg", "HospitalHvac.html",
				"HospitalHvac.json", "HospitalHvac.md", "iotssf.sarif", "risk-register.csv"), files(out));
		assertEquals(List.of("out"), files(dir));
		assertEquals("Wrote 8 files to " + out + ".\n", run.err());
		assertTrue(Files.readString(out.resolve("iotssf.sarif")).contains("\"uri\": \"" + CheckCommandTest.EXAMPLES + "/hospital-hvac.ssf\""));
	}

	@Test
	void writesTheChosenFormatsInTheChosenLanguage(@TempDir Path dir) throws Exception {
		CliRun run = CliRun.of("report", CheckCommandTest.EXAMPLES + "/hospital-hvac.ssf", "-o", dir.toString(), "--format", "html,csv",
				"--lang", "ja", "--as-of", "2026-01-15");
		assertEquals(ExitCodes.OK, run.code(), run.err());
		assertEquals(List.of("HospitalHvac.html", "risk-register.csv"), files(dir));
		assertTrue(Files.readString(dir.resolve("HospitalHvac.html")).contains("<h2>分類マップ</h2>"));
		// with a byte-order mark, so that Excel on Japanese Windows reads UTF-8
		assertTrue(Files.readString(dir.resolve("risk-register.csv")).startsWith("\uFEFFシステム,リスク,"));
	}

	@Test
	void replacesAnEarlierReportAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("HospitalHvac.html"), "old");
		CliRun.of("report", CheckCommandTest.EXAMPLES + "/hospital-hvac.ssf", "-o", dir.toString(), "--format", "html");
		assertTrue(Files.readString(dir.resolve("HospitalHvac.html")).startsWith("<!DOCTYPE html>"));
		assertEquals(List.of("HospitalHvac.html"), files(dir));
	}

	@Test
	void badOptionsAreUsageErrors(@TempDir Path dir) {
		assertEquals("iotssf: unknown format 'pdf'; use html, md, json, csv, sarif, xlsx\n",
				CliRun.of("report", CheckCommandTest.EXAMPLES, "-o", dir.toString(), "--format", "pdf").err());
		assertEquals("iotssf: unknown language 'de'; use en or ja\n",
				CliRun.of("report", CheckCommandTest.EXAMPLES, "-o", dir.toString(), "--lang", "de").err());
		assertEquals(ExitCodes.USAGE, CliRun.of("report", CheckCommandTest.EXAMPLES).code());
	}
}
