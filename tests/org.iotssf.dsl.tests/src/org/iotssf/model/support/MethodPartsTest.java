// SPDX-License-Identifier: EPL-2.0
package org.iotssf.model.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.iotssf.model.AggregationKind;
import org.iotssf.model.Method;
import org.iotssf.model.NamedElement;
import org.iotssf.model.PolicyRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class MethodPartsTest {

	@Inject
	private SsfTestSupport support;

	private Method method(String text) throws Exception {
		return (Method) support.parse(text).getDeclarations().get(0);
	}

	@Test
	public void anExtendingMethodOverridesByNameAndAddsNewParts() throws Exception {
		Method m = method("""
				method m extends iotssf.default {
					viewpoint V2 "Continuous confirmation"
					viewpoint V5 "Supply-chain transparency"
					rule recoveryHigh when recovery >= high require V1 verified
					rule when economic >= medium require V5
					aggregation worstRisk
				}
				""");
		assertEquals(List.of("V1", "V2", "V3", "V4", "V5"), names(MethodParts.viewpoints(m)));
		assertEquals("Continuous confirmation", MethodParts.viewpoints(m).get(1).getTitle());
		List<PolicyRule> rules = MethodParts.rules(m);
		assertEquals(6, rules.size());
		assertEquals(1, rules.stream().filter(r -> "recoveryHigh".equals(r.getName())).findFirst().get().getRequirements().size());
		assertEquals(AggregationKind.WORST_RISK, MethodParts.aggregation(m));
		assertEquals(3, MethodParts.monocultureThreshold(m));
		assertEquals("iotssf.default", ((Method) MethodParts.deMinimis(m).eContainer()).getName());
	}

	@Test
	public void theDefaultMethodHasTwoAxesOfThreeLevelsAndFourViewpoints() throws Exception {
		Method m = method("method m extends iotssf.default { }");
		assertEquals(List.of("recovery", "economic"), names(MethodParts.axes(m)));
		assertEquals(List.of("low", "medium", "high"), names(MethodParts.axes(m).get(1).getLevels()));
		assertEquals("Catastrophic (bankruptcy, social chaos)", MethodParts.axes(m).get(1).getLevels().get(2).getTitle());
		assertEquals("経済的影響", MethodParts.axes(m).get(1).getLabelJa());
		assertEquals(6, MethodParts.stages(m).size());
		assertEquals(4, MethodParts.roleAllocations(m).size());
		assertEquals(AggregationKind.WORST_PER_AXIS, MethodParts.aggregation(m));
	}

	@Test
	public void aCycleOfBasesEndsTheChain() throws Exception {
		Method a = method("method a extends b { } method b extends a { }");
		assertEquals(2, MethodParts.chain(a).size());
		assertTrue(MethodParts.extendsItself(a));
	}

	private static List<String> names(List<? extends NamedElement> parts) {
		return parts.stream().map(NamedElement::getName).toList();
	}
}
