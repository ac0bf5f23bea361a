// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class PolicyTest {

	@Inject
	private AnalysisTestSupport support;

	private static String system(String method, String ratings) {
		return method + """

				system S {
					%s
					element Cam kind sensor layer 2
					usage Home elements Cam
					risk R in Home on Cam impacts assets %s
				}
				""".formatted(method.isEmpty() ? "" : "uses method m", ratings);
	}

	private static List<String> viewpoints(RiskResult r) {
		return r.viewpoints().stream().map(v -> v.requirement().name() + " " + v.requirement().strengthName()).toList();
	}

	@Test
	public void theDefaultPolicyTakesTheStrongestStrengthOfAllMatchingRules() throws Exception {
		RiskResult r = support.analyze(system("", "recovery high economic medium")).risks().get(0);
		assertEquals(List.of("V1 verified", "V2 verified", "V3 verified", "V4 declared"), viewpoints(r));
		assertEquals(List.of("baseline", "recoveryMedium", "economicMedium", "recoveryHigh"), r.viewpoints().get(0).requirement().rules());
	}

	@Test
	public void theDefaultPolicyGivesTheViewpointsDocumentedInMethodMd() throws Exception {
		String[] levels = { "low", "medium", "high" };
		String[][] expected = {
				{ "", "V1 declared, V2 declared", "V1 verified, V2 verified, V4 declared" },
				{ "V1 declared, V2 declared, V3 declared", "V1 declared, V2 declared, V3 declared",
						"V1 verified, V2 verified, V3 declared, V4 declared" },
				{ "V1 verified, V2 verified, V3 verified, V4 declared", "V1 verified, V2 verified, V3 verified, V4 declared",
						"V1 verified, V2 verified, V3 verified, V4 declared" } };
		for (int r = 0; r < 3; r++) {
			for (int e = 0; e < 3; e++) {
				RiskResult risk = support.analyze(system("", "recovery " + levels[r] + " economic " + levels[e])).risks().get(0);
				assertEquals(expected[r][e], String.join(", ", viewpoints(risk)), levels[r] + "/" + levels[e]);
			}
		}
	}

	@Test
	public void theLowestCellIsDeMinimisAndRequiresNothing() throws Exception {
		RiskResult r = support.analyze(system("", "recovery low economic low")).risks().get(0);
		assertTrue(r.deMinimis());
		assertTrue(r.viewpoints().isEmpty());
		assertTrue(r.explanation().oneLine().contains("de minimis by the rule 'deminimis when recovery = low and economic = low' of method iotssf.default"),
				r.explanation().oneLine());
	}

	@Test
	public void viewpointsAreASetNotARankedScale() throws Exception {
		String method = """
				method m extends iotssf.default {
					rule recoveryMedium when recovery >= medium require V1, V3
					rule economicMedium when economic >= medium require V1
				}
				""";
		RiskResult r = support.analyze(system(method, "recovery medium economic low")).risks().get(0);
		assertEquals(List.of("V1 declared", "V3 any"), viewpoints(r));
	}

	@Test
	public void aMethodCanReplaceTheDefaultPolicyAndDeMinimisRule() throws Exception {
		String method = """
				method m extends iotssf.default {
					rule baseline when recovery >= low require V2 verified
					deminimis when recovery = low and economic <= medium
				}
				""";
		RiskResult deMinimis = support.analyze(system(method, "recovery low economic medium")).risks().get(0);
		assertTrue(deMinimis.deMinimis());
		RiskResult r = support.analyze(system(method, "recovery medium economic low")).risks().get(0);
		assertFalse(r.deMinimis());
		assertEquals("V2 verified", viewpoints(r).get(1));
		assertEquals(List.of("baseline", "recoveryMedium"), r.viewpoints().get(1).requirement().rules());
	}

	@Test
	public void aUserMethodWithFourLevelsIsUsedAsWritten() throws Exception {
		String method = """
				method m {
					axis harm { level ^none level minor level major level fatal }
					axis money { level small level large }
					viewpoint Before viewpoint During
					strength self strength third
					rule when harm >= major require Before third
					rule when harm = fatal require During
					rule when money = large require Before self
				}
				""";
		RiskResult r = support.analyze(system(method, "harm fatal money large")).risks().get(0);
		assertEquals("fatal/large", r.cell().key());
		assertEquals(4, r.cell().on("harm").rank());
		assertEquals(4, r.cell().on("harm").levels());
		assertEquals(List.of("Before third", "During any"), viewpoints(r));
		RiskResult minor = support.analyze(system(method, "harm minor money small")).risks().get(0);
		assertTrue(minor.viewpoints().isEmpty());
		assertTrue(minor.explanation().oneLine().endsWith("no rule of m matches harm=minor, money=small: no viewpoint is required"));
	}

	@Test
	public void anOverriddenAxisKeepsTheBaseRulesWorkingByLevelName() throws Exception {
		String method = """
				method m extends iotssf.default {
					axis recovery { level trivial level low level medium level high }
				}
				""";
		RiskResult r = support.analyze(system(method, "recovery medium economic low")).risks().get(0);
		assertEquals(3, r.cell().on("recovery").rank());
		assertEquals(List.of("V1 declared", "V2 declared", "V3 declared"), viewpoints(r));
		RiskResult trivial = support.analyze(system(method, "recovery trivial economic low")).risks().get(0);
		assertFalse(trivial.deMinimis());
	}
}
