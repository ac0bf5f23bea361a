// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

	static final String EXAMPLES = "../../examples";

	@Test
	void theExamplesAreClean() {
		CliRun run = CliRun.of("check", EXAMPLES);
		assertEquals(ExitCodes.OK, run.code(), run.out() + run.err());
		assertFalse(run.out().contains(": error:"), run.out());
		assertFalse(run.out().contains(": warning:"), run.out());
		assertTrue(run.err().startsWith("Checked 5 files: 0 errors, 0 warnings."), run.err());
	}

	@Test
	void printsOneLocatedLinePerIssueAndExitsOneOnErrors(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("bad.ssf");
		Files.writeString(model, """
				system S {
					uses method iotssf.default
					element Cam kind sensor layer 2
					usage Home elements Cam, Camm
					risk R in Home on Cam impacts assets recovery low
				}
				""");
		CliRun run = CliRun.of("check", model.toString());
		assertEquals(ExitCodes.FAILED, run.code());
		assertEquals(model + ":4:27: error: There is no element named 'Camm'; did you mean 'Cam'? Declare it, correct the name, "
				+ "or import the file or namespace that declares it. [iotssf.unresolvedReference]\n"
				+ model + ":5:7: error: Risk 'R' is not rated on axis 'economic' (Economic impact) of method iotssf.default; "
				+ "add 'economic <level>' with one of: low, medium, high. [iotssf.riskMissingRating]\n", run.out());
		assertEquals("Checked 1 file: 2 errors, 0 warnings.\n", run.err());
	}

	/** Systems in many files that share a method and a catalog from files of their own: what files linked in parallel read of each other. */
	private static Path sharedMethodModel(Path dir, String base) throws Exception {
		Files.writeString(dir.resolve("method.ssf"), """
				method acme.rules extends %s {
					rule economicHigh when economic >= high require V1 verified, V2 verified, V3 declared, V4 declared
				}
				""".formatted(base));
		Files.writeString(dir.resolve("catalog.ssf"), """
				catalog acme.items { item "1" status mandatory viewpoint iotssf.default.V1 item "2" status recommended viewpoint iotssf.default.V2 }
				""");
		for (int i = 0; i < 24; i++) {
			// every fifth file misspells an element and every seventh a level
			Files.writeString(dir.resolve("s" + (char) ('a' + i) + ".ssf"), """
					system S%d {
						uses method acme.rules
						stakeholder Maker roles manufacturer, operator
						element Cam kind sensor layer 2 operator Maker
						usage Home elements Cam, %s
						risk R in Home on Cam impacts assets recovery low economic %s
						measure M viewpoint V1 addresses R by Maker satisfies "acme.items:1"
					}
					""".formatted(i, i % 5 == 0 ? "Camm" : "Cam", i % 7 == 0 ? "hihg" : "high"));
		}
		return dir;
	}

	@Test
	void filesThatShareAMethodAndACatalogAreLinkedAndCheckedTheSameEveryTime(@TempDir Path dir) throws Exception {
		sharedMethodModel(dir, "iotssf.default");
		CliRun first = CliRun.of("check", dir.toString());
		assertEquals(ExitCodes.FAILED, first.code(), first.out() + first.err());
		// 5 misspelt elements (a, f, k, p, u) and 4 misspelt levels (a, h, o, v), in file order
		assertEquals(9, first.out().lines().filter(l -> l.contains(": error: ")).count(), first.out());
		assertTrue(first.out().lines().allMatch(l -> l.matches(".*s[afkpu]\\.ssf:5:.*'Camm'.*|.*s[ahov]\\.ssf:6:.*'hihg'.*")), first.out());
		assertEquals("Checked 26 files: 9 errors, 0 warnings.\n", first.err());
		for (int run = 0; run < 5; run++) {
			CliRun again = CliRun.of("check", dir.toString());
			assertEquals(first.out(), again.out());
			assertEquals(first.err(), again.err());
		}
	}

	@Test
	void aMethodWhoseBaseDoesNotResolveIsReportedOnceForItsFile(@TempDir Path dir) throws Exception {
		sharedMethodModel(dir, "iotssf.defualt");
		CliRun first = CliRun.of("check", dir.toString());
		assertEquals(ExitCodes.FAILED, first.code(), first.out() + first.err());
		assertTrue(first.out().startsWith(dir.resolve("method.ssf") + ":1:27: error: "), first.out());
		assertTrue(first.out().contains("'iotssf.default'"), first.out());
		for (int run = 0; run < 3; run++) {
			assertEquals(first.out(), CliRun.of("check", dir.toString()).out());
		}
	}

	@Test
	void aBinaryFileYieldsAMessageNotAStackTrace(@TempDir Path dir) throws Exception {
		Path binary = dir.resolve("image.ssf");
		Files.write(binary, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2 });
		CliRun run = CliRun.of("check", binary.toString());
		assertEquals(ExitCodes.FAILED, run.code());
		assertEquals(binary + ":1:5: error: This is not a text file (it contains a NUL byte at offset 4); .ssf models are UTF-8 text. [iotssf.notText]\n",
				run.out());
	}

	@Test
	void aFileInAnotherEncodingIsNamedWithItsPosition(@TempDir Path dir) throws Exception {
		Path latin1 = dir.resolve("latin1.ssf");
		Files.write(latin1, "system S {\n  element Caf\u00e9 kind sensor\n}\n".getBytes(StandardCharsets.ISO_8859_1));
		CliRun run = CliRun.of("check", latin1.toString());
		assertEquals(ExitCodes.FAILED, run.code());
		assertTrue(run.out().startsWith(latin1 + ":2:14: error: The file is not valid UTF-8 (byte offset 24); save it as UTF-8. [iotssf.notUtf8]"), run.out());
	}

	@Test
	void brokenSyntaxIsReportedAsSentences(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("broken.ssf");
		Files.writeString(model, "system S {\n  element kind sensor\n");
		CliRun run = CliRun.of("check", model.toString());
		assertEquals(ExitCodes.FAILED, run.code());
		assertTrue(run.out().contains(model + ":2:11: error: Missing a name before 'kind'. [iotssf.syntaxError]\n"), run.out());
	}

	@Test
	void aMissingFileIsAUsageError() {
		CliRun run = CliRun.of("check", "no/such/model.ssf");
		assertEquals(ExitCodes.USAGE, run.code());
		assertEquals("iotssf: cannot read 'no/such/model.ssf': no such file or folder\n", run.err());
		assertEquals("", run.out());
	}

	@Test
	void aFolderWithoutModelsIsAUsageError(@TempDir Path dir) {
		CliRun run = CliRun.of("check", dir.toString());
		assertEquals(ExitCodes.USAGE, run.code());
		assertEquals("iotssf: there are no .ssf files in the folder '" + dir + "'\n", run.err());
	}

	@Test
	void limitsTheIssuesPrintedPerFile(@TempDir Path dir) throws Exception {
		Path model = dir.resolve("many.ssf");
		StringBuilder text = new StringBuilder("system S {\n");
		for (int i = 0; i < 5; i++) {
			text.append("  element E").append(i).append(" kind sensor\n");
		}
		Files.writeString(model, text.append("}\n").toString());
		CliRun run = CliRun.of("check", "--max-issues", "3", model.toString());
		assertEquals(ExitCodes.OK, run.code());
		assertEquals(3, run.out().lines().count());
		assertTrue(run.err().contains(model + ": 8 more issues not shown; use --max-issues 0 to see all."), run.err());
	}
}
