// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** De minimis is never silent: an element an attacker can reach or that cannot be fixed keeps its risks' requirements. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class DeMinimisTest {

	@Inject
	private AnalysisTestSupport support;

	private RiskResult risk(String method, String element) throws Exception {
		return support.analyze("""
				%s
				system S {
					%s
					domain Home
					domain Cloud
					element Cam kind sensor layer 2 in Home %s
					element Server kind server layer 3 in Cloud
					flow Cam -> Server data "pictures"
					usage U elements Cam, Server
					risk R in U on Cam impacts assets recovery low economic low
				}
				""".formatted(method, method.isEmpty() ? "" : "uses method my.rules", element)).risks().get(0);
	}

	@Test
	public void aLowRiskOfAnIsolatedElementIsDeMinimis() throws Exception {
		RiskResult r = risk("", "exposure local update remote");
		assertTrue(r.deMinimis());
		assertTrue(r.explanation().oneLine().contains("de minimis by the rule 'deminimis when recovery = low and economic = low'"),
				r.explanation().oneLine());
	}

	@Test
	public void reachableNotUpdatableOrEntryPointElementsKeepTheirRequirements() throws Exception {
		for (String[] c : new String[][] { { "exposure internet", "internetFacing" }, { "exposure local update none", "notUpdatable" },
				{ "exposure network", "entryPoint" } }) {
			RiskResult r = risk("", c[0]);
			assertTrue(!r.deMinimis(), c[0]);
			assertEquals("V1", r.viewpoints().get(0).requirement().name(), c[0]);
			assertTrue(r.explanation().oneLine().contains("not de minimis although the rule 'deminimis when recovery = low and economic = low' "
					+ "of method iotssf.default matches: the element is " + c[1] + ", an exception of the rule"), r.explanation().oneLine());
		}
		assertTrue(risk("", "exposure network").explanation().oneLine("ja").contains("他の管理主体の領域からの侵入口"));
	}

	@Test
	public void aMethodDecidesItsExceptions() throws Exception {
		RiskResult r = risk("""
				method my.rules extends iotssf.default {
					deminimis when recovery = low and economic = low
				}
				""", "exposure internet");
		assertTrue(r.deMinimis(), "this method's de-minimis rule has no exceptions");
	}
}
