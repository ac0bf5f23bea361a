// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.iotssf.model.Element;
import org.iotssf.model.Flow;
import org.iotssf.model.Risk;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Usage;
import org.junit.jupiter.api.Test;

public class EditingServicesTest {

	private final EditingServices services = new EditingServices();
	private final SystemModel hospital = Examples.hospital();

	@Test
	public void aNewElementGoesIntoTheDomainItWasCreatedInWithAnUnusedName() {
		Element element = services.newElement(hospital.getDomains().get(0));
		assertEquals("Element1", element.getName());
		assertSame(hospital.getDomains().get(0), element.getDomain());
		assertEquals("Element2", services.newElement(hospital).getName());
	}

	@Test
	public void aFlowIsCreatedAndReconnectedAtTheEndThatMoved() {
		Element gateway = hospital.getElements().get(2);
		Element cloud = hospital.getElements().get(3);
		Element app = hospital.getElements().get(4);
		Flow flow = services.newFlowTo(gateway, cloud);
		assertEquals("GatewayToCloud1", flow.getName());
		services.reconnect(flow, cloud, app);
		assertSame(gateway, flow.getSource());
		assertSame(app, flow.getTarget());
		services.reconnect(flow, gateway, cloud);
		assertSame(cloud, flow.getSource());
	}

	@Test
	public void theDirectEditSetsNameAndTitleAndIgnoresAnythingElse() {
		Element cloud = hospital.getElements().get(3);
		assertEquals("Cloud \"HVAC control cloud\"", services.editableLabel(cloud));
		services.rename(cloud, "two words");
		assertEquals("Cloud", cloud.getName());
		services.rename(cloud, " ControlCloud ");
		assertEquals("ControlCloud", cloud.getName());
		assertEquals("HVAC control cloud", cloud.getTitle());
		services.rename(cloud, "Cloud \"Vendor cloud\"");
		assertEquals("Vendor cloud", cloud.getTitle());
		services.rename(cloud, "Cloud \"\"");
		assertEquals(null, cloud.getTitle());
	}

	@Test
	public void aNewRiskIsInTheElementsUsageAndRatedAtTheLowestLevels() {
		Element sensor = hospital.getElements().get(1);
		Risk risk = services.newRiskOn(sensor);
		assertEquals("Wards", risk.getUsage().getName());
		assertEquals(List.of("recovery low", "economic low"),
				risk.getRatings().stream().map(r -> r.getAxis().getName() + " " + r.getLevel().getName()).toList());
		Element lonely = services.newElement(hospital);
		Usage usage = services.newRiskOn(lonely).getUsage();
		assertEquals(List.of(lonely), usage.getElements());
	}
}
