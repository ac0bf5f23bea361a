// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CatalogCommandTest {

	@Test
	void listsEveryBuiltInCatalog() {
		CliRun run = CliRun.of("catalog", "list");
		assertEquals(ExitCodes.OK, run.code(), run.err());
		assertEquals(9, run.out().lines().count(), run.out());
		assertTrue(run.out().contains("en303645  67 items  ETSI EN 303 645: baseline for consumer IoT (V2.1.1 (2020-06))  scope consumer\n"), run.out());
	}

	@Test
	void listsTheItemsOfOneCatalog() {
		CliRun run = CliRun.of("catalog", "list", "en303645");
		assertEquals(68, run.out().lines().count());
		assertTrue(run.out().contains("  en303645:5.1-1  mandatory if passwords are used outside the factory default state  "
				+ "Passwords unique per device or defined by the user  [V1; manufacturer]\n"), run.out());
	}

	@Test
	void theIotSsfCatalogSaysWhichItemsAreTheFrameworksAndWhichAreCommentProposals() {
		CliRun run = CliRun.of("catalog", "list", "iotssf");
		assertTrue(run.out().contains("  iotssf:V1.self-declaration  informative  Before operation: the maker declares conformity  [V1; manufacturer; framework]\n"), run.out());
		assertTrue(run.out().contains("  iotssf:V2.monitoring  informative  During operation: continuous monitoring (public comments 17-11 and 20-6)  "
				+ "[V2; operator,serviceProvider; proposal in comment 17-11, 20-6]\n"), run.out());
		assertTrue(run.out().lines().skip(1).allMatch(l -> l.matches(".*; (framework|toolkit|proposal in comment [-0-9, ]+)\\]")), run.out());
	}

	@Test
	void anUnknownCatalogIsAUsageError() {
		CliRun run = CliRun.of("catalog", "list", "en30364");
		assertEquals(ExitCodes.USAGE, run.code());
		assertEquals("iotssf: there is no catalog named 'en30364'; 'iotssf catalog list' lists them\n", run.err());
	}

	@Test
	void coverageOfTheHospitalExampleMatchesItsMeasures() {
		CliRun run = CliRun.of("catalog", "coverage", "--as-of", "2026-01-15", CheckCommandTest.EXAMPLES + "/hospital-hvac.ssf");
		assertEquals(ExitCodes.OK, run.code(), run.err());
		// SecureDevelopment satisfies 5.1-1, 5.6-9 and STAR-1; CloudMonitoring 5.10-1 and CPS.CM
		// the hospital serves the medical and building sectors: the consumer-IoT baseline is out of scope
		assertTrue(run.out().contains("en303645 (67 items): 3 addressed, 0 addressed through a mapping, 0 not addressed, 64 not applicable\n"), run.out());
		assertTrue(run.out().contains("  addressed  en303645:5.10-1  Telemetry examined for security anomalies  (satisfied by measure(s) CloudMonitoring)\n"), run.out());
		// 5.1-1 maps partially to logical-access, 5.10-1 partially to cybersecurity-state-awareness
		assertTrue(run.out().contains("nistir8259a (6 items): 0 addressed, 2 addressed through a mapping, "), run.out());
		assertTrue(run.out().contains("cpsf (29 items): 1 addressed, "), run.out());
		assertTrue(run.out().startsWith("Scope assumed: of the 9 loaded catalogs, an item applies to a system when the sectors of the item "
				+ "(or of its catalog) include one the system serves; sectors stated: HospitalHvac medical,building; "), run.out());
		assertTrue(run.out().contains("the method (iotssf.default 1.0) requires") && run.out().contains("  notAddressed  cpsf:CPS.AM  "), run.out());
		assertTrue(run.out().contains("jcstar (4 items): 1 addressed, 0 addressed through a mapping, 0 not addressed, 3 not applicable\n"), run.out());
	}
}
