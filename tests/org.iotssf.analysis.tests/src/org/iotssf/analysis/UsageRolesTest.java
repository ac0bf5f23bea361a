// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The operator and the user stated for a usage are those of its elements there, before each element's own operator. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class UsageRolesTest {

	@Inject
	private AnalysisTestSupport support;

	private static List<String> carriers(SystemAnalysis a, String risk, String viewpoint) {
		return AnalysisTestSupport.risk(a, risk).viewpoints().stream().filter(v -> v.requirement().name().equals(viewpoint)).findFirst()
				.orElseThrow().stakeholders().stream().map(s -> s.getName()).toList();
	}

	@Test
	public void aUsagesOperatorAndUserCarryItsRisksViewpoints() throws Exception {
		SystemAnalysis a = support.analyze("""
				system S {
					stakeholder Maker roles manufacturer
					stakeholder HomeOwner roles operator, owner
					stakeholder CareOperator roles operator
					stakeholder Resident roles user
					element Motor kind actuator layer 2 maker Maker operator HomeOwner
					usage Home elements Motor
					usage Care elements Motor operator CareOperator user Resident
					risk AtHome in Home on Motor impacts assets recovery medium economic low
					risk InCare in Care on Motor impacts assets recovery medium economic low
				}
				""");
		assertEquals(List.of("HomeOwner"), carriers(a, "AtHome", "V2"));
		assertEquals(List.of("CareOperator"), carriers(a, "InCare", "V2"), "the usage's operator replaces the element's");
		assertEquals(List.of("CareOperator", "Resident"), carriers(a, "InCare", "V3"), "the usage's user carries V3 with its operator");
		assertEquals(List.of("HomeOwner"), carriers(a, "AtHome", "V3"));
	}
}
