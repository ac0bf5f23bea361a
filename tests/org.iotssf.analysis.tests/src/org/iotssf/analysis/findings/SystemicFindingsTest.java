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

/** One test per systemic rule (FeedbackLoops, Monocultures, Dependencies, Exposures, Maintenance, LayerTwoIntegrity, AsilFindings). */
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
		assertEquals(1, found.size());
		assertTrue(found.get(0).message().startsWith("The firmware fw runs in 3 units (A, B, C)"), found.get(0).message());
		assertTrue(found.get(0).explanation().oneLine().contains("versions 1, 2, unversioned"), found.get(0).explanation().oneLine());
	}

	@Test
	public void aFleetCountsByItsUnits() throws Exception {
		String body = """
				element A kind sensor layer 2 firmware "fw" version "1" count 200 exposure internet
				element B kind sensor layer 2 firmware "other"
				""";
		List<Finding> found = find(body, "monoculture");
		assertEquals(1, found.size(), "one element of 200 identical units reaches the threshold of 3");
		assertEquals("The firmware fw runs in 200 units (A ×200); one flaw or one bad update hits them all at once. Plan diversity, "
				+ "staged updates or independent fallbacks.", found.get(0).message());
		assertTrue(found.get(0).explanation().oneLine().startsWith("200 units in 1 element(s) share firmware fw"), found.get(0).explanation().oneLine());
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
		assertEquals(1, entries.size());
		assertEquals("Hub is in the lowest cell (low/low) but connected to Lock (high/low); an attacker can enter through it. "
				+ "Protect the connection or raise its requirements.", entries.get(0).message());
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
				""", "asil");
		assertEquals(1, found.size());
		assertTrue(found.get(0).message().startsWith("Risk Hit corresponds to ASIL D"));
	}
}
