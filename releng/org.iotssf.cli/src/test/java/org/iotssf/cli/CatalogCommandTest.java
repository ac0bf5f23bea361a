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
		assertTrue(run.out().contains("en303645  67 items  ETSI EN 303 645: baseline for consumer IoT (V2.1.1 (2020-06))\n"), run.out());
	}

	@Test
	void listsTheItemsOfOneCatalog() {
		CliRun run = CliRun.of("catalog", "list", "en303645");
		assertEquals(68, run.out().lines().count());
		assertTrue(run.out().contains("  en303645:5.1-1  mandatory if passwords are used outside the factory default state  "
				+ "Passwords unique per device or defined by the user  [V1; manufacturer]\n"), run.out());
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
		assertTrue(run.out().contains("en303645 (67 items): 3 addressed, 0 addressed through a mapping, "), run.out());
		assertTrue(run.out().contains("  addressed  en303645:5.10-1  Telemetry examined for security anomalies  (satisfied by measure(s) CloudMonitoring)\n"), run.out());
		// 5.1-1 maps partially to logical-access, 5.10-1 partially to cybersecurity-state-awareness
		assertTrue(run.out().contains("nistir8259a (6 items): 0 addressed, 2 addressed through a mapping, "), run.out());
		assertTrue(run.out().contains("cpsf (29 items): 1 addressed, "), run.out());
		assertTrue(run.out().startsWith("Scope assumed: every loaded catalog (9) applies to every system (1), whatever its sector; "), run.out());
		assertTrue(run.out().contains("the method (iotssf.default 1.0) requires") && run.out().contains("  notAddressed  cpsf:CPS.AM  "), run.out());
		assertTrue(run.out().contains("jcstar (4 items): 1 addressed, 0 addressed through a mapping, 0 not addressed, 3 not applicable\n"), run.out());
	}
}
