// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.iotssf.model.Element;
import org.iotssf.model.SystemModel;
import org.junit.jupiter.api.Test;

public class SystemDiagramServicesTest {

	private final SystemDiagramServices services = new SystemDiagramServices();
	private final SystemModel hospital = Examples.hospital();

	private Element element(String name) {
		return hospital.getElements().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	public void elementsAreDrawnInTheirDomainsWithKindLayerAndCategory() {
		assertEquals(List.of(), services.elementsOutsideDomains(hospital));
		assertEquals(List.of("Cloud"), services.elementsIn(hospital.getDomains().get(1)).stream().map(Element::getName).toList());
		assertEquals("Cloud\n«cloudService» · layer 3 · medium/medium", services.elementLabel(element("Cloud")));
		assertEquals("RoomSensor\n«sensor» · layer 2", services.elementLabel(element("RoomSensor")));
	}

	@Test
	public void flowsAreSplitByKindAndLabelledWithTheirProtection() {
		assertEquals(List.of("Readings", "Upload"), services.dataFlows(hospital).stream().map(f -> f.getName()).toList());
		assertEquals(3, services.controlFlows(hospital).size());
		assertEquals("Readings: unprotected", services.flowLabel(hospital.getFlows().get(0)));
		assertEquals("Upload: encryption, authentication", services.flowLabel(hospital.getFlows().get(1)));
	}

	@Test
	public void elementsInvolvedInASystemicFindingAreMarked() {
		assertTrue(hospital.getElements().stream().anyMatch(services::hasSystemicFinding));
	}
}
