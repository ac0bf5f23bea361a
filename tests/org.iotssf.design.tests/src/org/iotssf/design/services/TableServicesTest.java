// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.iotssf.model.Level;
import org.iotssf.model.Risk;
import org.iotssf.model.Stakeholder;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Viewpoint;
import org.junit.jupiter.api.Test;

/** The four tables' services on the hospital example. */
public class TableServicesTest {

	private final SystemModel hospital = Examples.hospital();

	private Risk risk(String name) {
		return hospital.getRisks().stream().filter(r -> r.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	public void theCategorizationMapPlacesRisksUsagesAndElements() {
		CategorizationServices services = new CategorizationServices();
		List<Level> lines = services.firstAxisLevels(hospital);
		List<Level> columns = services.secondAxisLevels(hospital);
		assertEquals(List.of("low", "medium", "high"), lines.stream().map(Level::getName).toList());
		assertEquals(columns, services.otherAxisLevels(lines.get(0)));
		assertEquals("low (Easily recoverable)", services.levelLabel(lines.get(0)));
		assertEquals("Risks: DosStop, UnauthorizedLogin · Elements: IndoorUnit", services.placedIn(lines.get(0), columns.get(1), hospital));
		assertEquals("Risks: CustomerDataLeak · Usages: Wards · Elements: Cloud",
				services.placedIn(lines.get(1), columns.get(1), hospital));
		assertEquals("", services.placedIn(lines.get(2), columns.get(2), hospital));
	}

	@Test
	public void theViewpointMatrixShowsStrengthAndCoverage() {
		ViewpointMatrixServices services = new ViewpointMatrixServices();
		List<Viewpoint> viewpoints = services.methodViewpoints(hospital);
		assertEquals(List.of("V1", "V2", "V3", "V4"), viewpoints.stream().map(Viewpoint::getName).toList());
		assertEquals(List.of("V1", "V2"), services.requiredViewpoints(risk("DosStop")).stream().map(Viewpoint::getName).toList());
		assertEquals("DosStop (low/medium)", services.riskHeader(risk("DosStop")));
		assertEquals("declared · noMeasure", services.requirementLabel(risk("DosStop"), viewpoints.get(0)));
		assertEquals("declared · covered", services.requirementLabel(risk("DosStop"), viewpoints.get(1)));
		assertEquals("", services.requirementLabel(risk("DosStop"), viewpoints.get(3)));
	}

	@Test
	public void theRiskRegisterEditsRatingsWithTheMethodsLevels() {
		RiskRegisterServices services = new RiskRegisterServices();
		Risk dosStop = risk("DosStop");
		assertEquals("low", services.levelOn(dosStop, 0));
		assertEquals("recovery (low, medium, high)", services.axisHeader(dosStop, 0));
		services.rate(dosStop, 0, "severe");
		assertEquals("low", services.levelOn(dosStop, 0));
		services.rate(dosStop, 0, " high ");
		assertEquals("high/medium", services.cellKey(dosStop));
		assertEquals("V1 V2 V3 V4", services.requiredViewpointNames(dosStop));
		services.setFunction(dosStop, "  ");
		assertEquals(null, dosStop.getFunction());
	}

	@Test
	public void theAllocationTableSaysWhoCarriesWhatAndWhy() {
		AllocationServices services = new AllocationServices();
		Stakeholder acme = hospital.getStakeholders().get(0);
		List<Viewpoint> carried = services.carriedViewpoints(acme);
		assertEquals(List.of("V1", "V2"), carried.stream().map(Viewpoint::getName).toList());
		assertEquals("agreed (3 risks), proposed (1 risk)", services.carries(acme, carried.get(0), hospital));
	}
}
