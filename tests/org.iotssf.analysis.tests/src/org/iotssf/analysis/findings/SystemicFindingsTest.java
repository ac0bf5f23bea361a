// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.analysis.AnalysisTestSupport;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** One test per systemic rule (FeedbackLoops, Monocultures, Dependencies, Exposures, Maintenance, LayerTwoIntegrity, SafetyFindings, Products). */
@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SystemicFindingsTest {

	@Inject
	private AnalysisTestSupport support;

	private List<Finding> find(String body, String code) throws Exception {
		SystemAnalysis a = support.analyze("system S {\n" + body + "\n}\n");
		return AnalysisTestSupport.withCode(a, SystemicFindings.PREFIX + code);
	}

	private static final String LOOP = """
			domain D1 domain D2
			element Sensor kind sensor layer 2 in D1
			element Cloud kind cloudService layer 3 in %s
			element Valve kind actuator layer 2 in D1 affects Sensor
			flow Sensor -> Cloud data
			flow Cloud -> Valve control
			usage U elements Sensor, Cloud, Valve
			""";

	@Test
	public void aFeedbackLoopAcrossTwoDomainsIsReportedWithItsPath() throws Exception {
		List<Finding> loops = find(LOOP.formatted("D2"), "crossDomainFeedbackLoop");
		assertEquals(1, loops.size());
		assertEquals("A feedback loop runs through 2 management domains (D1, D2): Sensor -> Cloud -> Valve -> Sensor; "
				+ "no single administrator sees it whole. Agree on who monitors and damps it.", loops.get(0).message());
	}

	@Test
	public void aFeedbackLoopsPolarityComesFromTheEffectsOfItsEdges() throws Exception {
		String reinforcing = LOOP.formatted("D2").replace("flow Sensor -> Cloud data", "flow Sensor -> Cloud data effect increases")
				.replace("flow Cloud -> Valve control", "flow Cloud -> Valve control effect increases").replace("affects Sensor", "increases Sensor");
		List<Finding> loops = find(reinforcing, "crossDomainFeedbackLoop");
		assertEquals(1, loops.size());
		assertEquals(org.iotssf.analysis.Severity.WARNING, loops.get(0).severity());
		assertTrue(loops.get(0).message().startsWith("A reinforcing feedback loop runs through 2 management domains"), loops.get(0).message());
		assertTrue(loops.get(0).explanation().oneLine().endsWith("they multiply to positive: reinforcing"));
		List<Finding> balancing = find(reinforcing.replace("increases Sensor", "decreases Sensor"), "crossDomainFeedbackLoop");
		assertEquals(org.iotssf.analysis.Severity.INFO, balancing.get(0).severity());
		assertTrue(balancing.get(0).message().startsWith("A balancing feedback loop"), balancing.get(0).message());
		List<Finding> unknown = find(LOOP.formatted("D2"), "crossDomainFeedbackLoop");
		assertEquals(org.iotssf.analysis.Severity.WARNING, unknown.get(0).severity());
		assertTrue(unknown.get(0).explanation().oneLine().endsWith(
				"its polarity is unknown: state the effect (increases or decreases) of Sensor -> Cloud, Cloud -> Valve, Valve -> Sensor"),
				unknown.get(0).explanation().oneLine());
	}

	@Test
	public void aFeedbackLoopWithinOneDomainIsNotReported() throws Exception {
		assertEquals(List.of(), find(LOOP.formatted("D1"), "crossDomainFeedbackLoop"));
	}

	@Test
	public void theSameFirmwareInManyElementsIsAMonocultureFromTheMethodsThreshold() throws Exception {
		String body = """
				element A kind sensor layer 2 firmware "fw" version "1"
				element B kind sensor layer 2 firmware "fw" version "2"
				%s
				element Other kind sensor layer 2 firmware "other"
				""";
		assertEquals(List.of(), find(body.formatted(""), "monoculture"));
		List<Finding> found = find(body.formatted("element C kind sensor layer 2 firmware \"fw\""), "monoculture");
		assertEquals(List.of(), found, "each version is its own group: 1, 2 and unversioned have one unit each");
		found = find(body.formatted("element C kind sensor layer 2 firmware \"fw\" version \"1\" count 2"), "monoculture");
		assertEquals(1, found.size());
		assertEquals("The firmware fw (version 1) runs in 3 units (A, C ×2), 60% of the system's units; one flaw or one bad update "
				+ "hits them all at once. Plan diversity, staged updates or independent fallbacks.", found.get(0).message());
	}

	@Test
	public void aMonocultureGivesItsShareOfEachUsageTheSystemAndAllSystemsLoaded() throws Exception {
		String method = """
				method M extends iotssf.default { monoculture threshold 100 share 50 % }
				""";
		String system = """
				system S {
				uses method M
				element A kind sensor layer 2 firmware "fw" version "1" count 3
				element B kind sensor layer 2 firmware "other" count 2
				usage U1 elements A, B
				usage U2 elements A
				}
				system T {
				element C kind sensor layer 2 firmware "fw" version "1" count 5
				}
				""";
		SystemAnalysis a = support.analyze(method + system);
		List<Finding> found = AnalysisTestSupport.withCode(a, SystemicFindings.PREFIX + "monoculture");
		assertEquals(1, found.size(), "3 of 5 units is at least the method's share of 50 %, though far below its count of 100");
		assertEquals("3 units in 1 element(s) run fw version 1; in the system: 3 of 5 units (60%); in usage U1: 3 of 5 units (60%); "
				+ "in usage U2: 3 of 3 units (100%); in all systems loaded: 8 of 10 units in 2 systems (80%); "
				+ "the method's monoculture thresholds: 100 units, 50% of the system's units", found.get(0).explanation().oneLine());
		SystemAnalysis below = support.analyze(method.replace("share 50 %", "share 70 %") + system);
		assertEquals(List.of(), AnalysisTestSupport.withCode(below, SystemicFindings.PREFIX + "monoculture"));
	}

	@Test
	public void aFleetCountsByItsUnits() throws Exception {
		String body = """
				element A kind sensor layer 2 firmware "fw" version "1" count 200 exposure internet
				element B kind sensor layer 2 firmware "other"
				""";
		List<Finding> found = find(body, "monoculture");
		assertEquals(1, found.size(), "one element of 200 identical units reaches the threshold of 3");
		assertEquals("The firmware fw (version 1) runs in 200 units (A ×200), 100% of the system's units; one flaw or one bad update "
				+ "hits them all at once. Plan diversity, staged updates or independent fallbacks.", found.get(0).message());
		assertTrue(found.get(0).explanation().oneLine().startsWith("200 units in 1 element(s) run fw version 1"), found.get(0).explanation().oneLine());
		assertTrue(find(body, "internetFacing").get(0).explanation().oneLine().contains("it stands for 200 identical units, all reachable"));
		assertEquals(List.of(), find(body.replace("count 200", "count 2"), "monoculture"));
	}

	@Test
	public void anElementWhoseLossCutsOthersOffIsASinglePointOfFailure() throws Exception {
		List<Finding> found = find("""
				element S1 kind sensor layer 2
				element S2 kind sensor layer 2
				element Gw kind gateway layer 2
				element Cloud kind cloudService layer 3
				element App kind terminal layer 3
				flow S1 -> Gw
				flow S2 -> Gw
				flow Gw -> Cloud
				flow App -> Cloud
				""", "singlePointOfFailure");
		assertEquals(List.of("Gw"), found.stream().map(f -> ((org.iotssf.model.Element) f.location()).getName()).toList());
		assertTrue(found.get(0).message().startsWith("If Gw fails, 2 other elements lose their connection"), found.get(0).message());
	}

	@Test
	public void aLongChainOfDependentElementsIsReported() throws Exception {
		List<Finding> found = find("""
				element A kind sensor layer 2 element B kind gateway layer 2 element C kind server layer 3
				element D kind cloudService layer 3 element E kind controller layer 2
				flow A -> B flow B -> C flow C -> D flow D -> E
				""", "longDependencyChain");
		assertEquals(1, found.size());
		assertTrue(found.get(0).message().startsWith("A chain of 5 dependent elements (A -> B -> C -> D -> E)"));
	}

	@Test
	public void exposureFindingsNameInternetElementsUnprotectedCrossingsAndEntryPoints() throws Exception {
		String body = """
				domain Home domain Cloud
				element Bulb kind actuator layer 2 in Home exposure internet
				element Lock kind actuator layer 2 in Home
				element Hub kind gateway layer 2 in Cloud
				flow Hub -> Bulb control protected by integrity
				flow Hub -> Lock control
				usage U elements Bulb, Lock, Hub
				risk R1 in U on Bulb impacts assets recovery low economic low
				risk R2 in U on Lock impacts lifeBody recovery high economic low
				risk R3 in U on Hub impacts assets recovery low economic low
				""";
		assertEquals(1, find(body, "internetFacing").size());
		List<Finding> unprotected = find(body, "unprotectedCrossDomainFlow");
		assertEquals(1, unprotected.size());
		assertTrue(unprotected.get(0).message().startsWith("The flow Hub -> Lock crosses from domain Cloud to Home"));
		List<Finding> entries = find(body, "entryPoint");
		assertEquals(1, entries.size(), "Hub is in the lowest cell too, but not exposed");
		assertEquals("Bulb is exposed and in the lowest cell (low/low), but flows lead from it to Lock (high/low): Bulb -> Hub -> Lock; "
				+ "an attacker can enter through it. Protect the path or raise its requirements.", entries.get(0).message());
		assertTrue(entries.get(0).explanation().oneLine().endsWith("the shortest path has 2 hop(s): Hub -> Bulb, Hub -> Lock"),
				entries.get(0).explanation().oneLine());
	}

	@Test
	public void anEntryPointIsFoundOverAnyNumberOfHopsOncePerPairOfEnds() throws Exception {
		String body = """
				element Cam kind sensor layer 2 exposure network
				element A kind gateway layer 2
				element B kind server layer 3
				element C kind controller layer 2
				element Door kind actuator layer 2
				flow Cam -> A
				flow A -> B
				flow B -> C
				flow Cam -> C
				flow C -> Door control
				usage U elements Cam, A, B, C, Door
				risk R1 in U on Cam impacts assets recovery low economic low
				risk R2 in U on Door impacts lifeBody recovery high economic medium
				""";
		List<Finding> entries = find(body, "entryPoint");
		assertEquals(1, entries.size());
		assertTrue(entries.get(0).message().contains("Cam -> C -> Door"), "the shortest of the two paths: " + entries.get(0).message());
		assertEquals(List.of(), find(body.replace("exposure network", "exposure local"), "entryPoint"));
	}

	@Test
	public void maintenanceFindingsNameMissingUpdatesAndShortSupport() throws Exception {
		String body = """
				element A kind sensor layer 2 update none
				element B kind sensor layer 2 update remote life 15 years support 5 years
				element C kind sensor layer 2 update remote life 5 years support 5 years
				""";
		assertEquals(1, find(body, "noUpdatePath").size());
		List<Finding> support = find(body, "supportEndsBeforeLife");
		assertEquals(1, support.size());
		assertTrue(support.get(0).message().contains("runs unsupported for 10 years"));
	}

	@Test
	public void commandsToActuatorsAndSensorDataIntoDecisionsNeedIntegrity() throws Exception {
		String body = """
				element Sensor kind sensor layer 2
				element Plc kind controller layer 2
				element Motor kind actuator layer 2
				element Valve kind actuator layer 2
				flow Sensor -> Plc data
				flow Cmd: Plc -> Motor control
				flow Plc -> Valve control protected by attestation
				measure Signed viewpoint V2 protects Cmd provides integrity
				""";
		assertEquals(List.of(), find(body, "controlWithoutIntegrity"));
		assertEquals(1, find(body, "sensorDataWithoutIntegrity").size());
		assertEquals(1, find(body.replace("protects Cmd provides integrity", "protects Cmd provides encryption"),
				"controlWithoutIntegrity").size());
	}

	@Test
	public void aSensorToActuatorChainWithAnUnprotectedMiddleHopIsReported() throws Exception {
		String body = """
				element Probe kind sensor layer 2
				element Gw kind gateway layer 2
				element Cloud kind cloudService layer 3
				element Valve kind actuator layer 2
				flow Probe -> Gw data protected by integrity
				flow Up: Gw -> Cloud data
				flow Cloud -> Valve control protected by integrity
				""";
		List<Finding> chains = find(body, "chainWithoutIntegrity");
		assertEquals(1, chains.size());
		assertEquals("What the sensor Probe measures reaches the actuator Valve over Probe -> Gw -> Cloud -> Valve, but Up (Gw -> Cloud) "
				+ "lack integrity or attestation; a reading or command altered on the way acts in physical space.", chains.get(0).message());
		assertEquals(List.of(), find(body.replace("flow Up: Gw -> Cloud data", "flow Up: Gw -> Cloud data protected by attestation"),
				"chainWithoutIntegrity"));
		// a hop the single-hop rules already report is not reported again as a chain
		assertEquals(List.of(), find(body.replace("flow Up: Gw -> Cloud data", "flow Up: Gw -> Cloud data protected by integrity")
				.replace("flow Cloud -> Valve control protected by integrity", "flow Cloud -> Valve control"), "chainWithoutIntegrity"));
	}

	@Test
	public void aLargeModelGetsOneChainAndOneEntryPointFindingPerStartNotPerPair() throws Exception {
		StringBuilder body = new StringBuilder("element Gw kind gateway layer 2 exposure network\nelement Cloud kind cloudService layer 3\n");
		body.append("flow Up: Gw -> Cloud data\n");
		StringBuilder usage = new StringBuilder("usage U elements Gw, Cloud");
		for (int i = 1; i <= 3; i++) {
			body.append("element S").append(i).append(" kind sensor layer 2\nflow S").append(i).append(" -> Gw data protected by integrity\n");
			usage.append(", S").append(i);
		}
		for (int i = 1; i <= 12; i++) {
			body.append("element A").append(i).append(" kind actuator layer 2\nflow Cloud -> A").append(i).append(" control protected by integrity\n");
			body.append("risk R").append(i).append(" in U on A").append(i).append(" impacts lifeBody recovery high economic medium\n");
			usage.append(", A").append(i);
		}
		body.append("risk Low in U on Gw impacts assets recovery low economic low\n").append(usage).append('\n');
		List<Finding> chains = find(body.toString(), "chainWithoutIntegrity");
		assertEquals(3, chains.size(), "one per sensor, not one per sensor and actuator");
		assertTrue(chains.get(0).explanation().oneLine().endsWith(
				"11 other actuator(s) are reached over hops without integrity: A2, A3, A4, A5, A6, A7, A8, A9, A10, A11 +1"),
				chains.get(0).explanation().oneLine());
		List<Finding> entries = find(body.toString(), "entryPoint");
		assertEquals(1, entries.size(), "one per exposed element in the lowest cell");
		assertTrue(entries.get(0).explanation().oneLine().contains("from it, flows also lead to 11 other element(s) at the top of an axis"),
				entries.get(0).explanation().oneLine());
	}

	@Test
	public void aProductInSeveralCellsIsReportedWithItsHighestCell() throws Exception {
		String body = """
				product Motor "Motor unit" kind actuator maker "Kumo" firmware "motor-fw" version "1.8"
				element M1 product Motor layer 2
				element M2 product Motor layer 2
				element Hub kind gateway layer 2
				usage Home elements M1, Hub
				usage Care elements M2, Hub
				risk Open in Home on M1 impacts assets recovery medium economic low
				risk Lock in Care on M2 impacts lifeBody recovery high economic medium
				""";
		List<Finding> found = find(body, "productInSeveralCells");
		assertEquals(1, found.size());
		assertEquals("The product Motor serves 2 usage(s) in different cells, the highest high/medium; what its maker confirms before "
				+ "operation (V1) serves all of them, so it has to meet the highest.", found.get(0).message());
		assertEquals("product Motor: instances M1, M2, in 2 usage(s) of this system; cells: M1/Home medium/low, M2/Care high/medium; "
				+ "the highest high/medium", found.get(0).explanation().oneLine());
		// the product lends its kind and firmware to its instances
		assertEquals(1, find(body.replace("element M1 product Motor layer 2", "element M1 product Motor layer 2 count 2"),
				"monoculture").size());
	}

	@Test
	public void aCapabilityBelowTheZoneTargetIsASecurityLevelGap() throws Exception {
		String body = """
				domain Cell securityLevel target (2, 2, 3, 1, 1, 1, 1)
				element Plc kind controller layer 2 in Cell securityLevel capability (2, 1, 2, 1, 1, 1, 1)
				element Hmi kind terminal layer 2 in Cell securityLevel capability (3, 3, 3, 3, 3, 3, 3)
				element Own kind sensor layer 2 in Cell securityLevel target (1, 1, 1, 1, 1, 1, 1) securityLevel achieved (1, 1, 1, 1, 1, 1, 0)
				""";
		List<Finding> found = find(body, "securityLevelGap");
		assertEquals(2, found.size());
		assertEquals("The capability security level of Plc falls short of the target of zone Cell on FR2 (1 < 2), FR3 (2 < 3); "
				+ "strengthen the element, add compensating measures in the zone, or lower the target with a reason.", found.get(0).message());
		assertTrue(found.get(1).message().startsWith("The achieved security level of Own falls short of its own target on FR7 (0 < 1)"));
	}

	@Test
	public void asilAboveQmIsReportedFromTheStatedClasses() throws Exception {
		List<Finding> found = find("""
				element Arm kind actuator layer 2
				usage U elements Arm
				risk Hit in U on Arm impacts lifeBody recovery high economic medium severity 3 exposure 4 controllability 3
				risk Bump in U on Arm impacts lifeBody recovery low economic medium severity 1 exposure 2 controllability 1
				risk Unknown in U on Arm impacts lifeBody recovery low economic medium severity 3
				""".replace("element Arm", "safety iso26262\nelement Arm"), "safetyLevel");
		assertEquals(1, found.size());
		assertEquals("Risk Hit requires ASIL D under ISO 26262 (road vehicles); apply the functional-safety measures of that level "
				+ "beside the viewpoints.", found.get(0).message());
	}

	@Test
	public void safetyLevelsAreDerivedOnlyForTheStandardsTheSystemNames() throws Exception {
		String body = """
				safety iec61508, iso13849
				element Arm kind actuator layer 2
				usage U elements Arm
				risk Crush in U on Arm impacts lifeBody recovery high economic medium iso13849 S2 F1 P2 iec61508 C2 F1 P1 W2
				risk Hit in U on Arm impacts lifeBody recovery high economic medium severity 3 exposure 4 controllability 3
				""";
		List<Finding> found = find(body, "safetyLevel");
		assertEquals(List.of("Risk Crush requires PLr d under ISO 13849-1 (machinery); apply the functional-safety measures of that level "
				+ "beside the viewpoints."), found.stream().map(Finding::message).toList(),
				"SIL 'a' needs no special safety requirements, and ISO 26262 does not apply to this system");
	}
}
