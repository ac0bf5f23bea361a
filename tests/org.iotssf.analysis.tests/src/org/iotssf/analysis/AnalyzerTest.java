// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class AnalyzerTest {

	@Inject
	private AnalysisTestSupport support;

	@Test
	public void theAirConditioningCaseOfComment5_1GetsItsFourCells() throws Exception {
		SystemAnalysis a = support.analyze(Files.readString(Path.of("../../examples/hospital-hvac.ssf")));
		assertEquals("low/medium", AnalysisTestSupport.risk(a, "DosStop").cell().key());
		assertEquals("low/medium", AnalysisTestSupport.risk(a, "UnauthorizedLogin").cell().key());
		assertEquals("medium/medium", AnalysisTestSupport.risk(a, "CustomerDataLeak").cell().key());
		assertEquals("low/low", AnalysisTestSupport.risk(a, "SettingsLeak").cell().key());
		// the commenter's fourth risk is in the de-minimis cell, but the gateway it is on is reachable from the internet
		assertTrue(!AnalysisTestSupport.risk(a, "SettingsLeak").deMinimis());
		assertEquals("V1", AnalysisTestSupport.risk(a, "SettingsLeak").viewpoints().get(0).requirement().name());
		assertEquals("medium/medium", a.usages().get(0).cell().key());
	}

	@Test
	public void theSameElementInTwoUsagesIsReportedPerUsageWithItsSpread() throws Exception {
		SystemAnalysis a = support.analyze("""
				system S {
					element Motor kind actuator layer 2
					usage Home elements Motor
					usage Care elements Motor
					risk HomeRisk in Home on Motor impacts assets recovery low economic low
					risk CareRisk in Care on Motor impacts lifeBody recovery high economic medium
				}
				""");
		ElementResult motor = AnalysisTestSupport.element(a, "Motor");
		assertEquals(List.of("low/low", "high/medium"), motor.perUsage().stream().map(p -> p.cell().key()).toList());
		assertTrue(motor.spread());
		assertEquals("high/medium", motor.worst().key());
		assertTrue(motor.explanation().oneLine().contains("its cells differ between usages (Home low/low, Care high/medium)"),
				motor.explanation().oneLine());
	}

	@Test
	public void aRiskGivesItsCellToEveryElementWhoseFunctionItAffects() throws Exception {
		SystemAnalysis a = support.analyze("""
				system S {
					element Cloud kind cloudService layer 3
					element Unit kind actuator layer 2
					element Other kind sensor layer 2
					usage U elements Cloud, Unit, Other
					risk Mass in U on Cloud affects Unit impacts lifeBody recovery high economic high
				}
				""");
		assertEquals("high/high", AnalysisTestSupport.element(a, "Cloud").worst().key());
		assertEquals("high/high", AnalysisTestSupport.element(a, "Unit").worst().key(), "the unit whose function is at risk gets its cell");
		assertEquals(null, AnalysisTestSupport.element(a, "Other").worst());
		assertTrue(AnalysisTestSupport.risk(a, "Mass").explanation().oneLine().contains("it also affects the function of Unit, which take its cell in usage U"),
				AnalysisTestSupport.risk(a, "Mass").explanation().oneLine());
	}

	@Test
	public void aProductDeclaredOnceIsSeenInEverySystemThatUsesIt() throws Exception {
		SystemAnalysis a = support.analyze("""
				product acme.Motor "Motor unit" kind actuator maker "Acme" firmware "motor-fw" version "2"
				system S {
					element M1 product acme.Motor layer 2
					usage Home elements M1
					risk Open in Home on M1 impacts assets recovery medium economic low
				}
				system T {
					element M9 product acme.Motor layer 2 count 40
					usage Plant elements M9
				}
				""");
		assertEquals(1, a.products().size());
		ProductResult motor = a.products().get(0);
		assertEquals("medium/low", motor.worst().key());
		assertEquals(List.of("T.M9"), motor.elsewhere().stream().map(ProductResult::qualified).toList());
		assertEquals(org.iotssf.model.ElementKind.ACTUATOR, org.iotssf.model.support.Instances.kind(AnalysisTestSupport.element(a, "M1").element()),
				"an instance takes its product's kind");
		assertTrue(motor.explanation().oneLine().endsWith("also in other systems loaded: T.M9"), motor.explanation().oneLine());
	}

	@Test
	public void anEmptyUsageHasNoCellAndSaysWhy() throws Exception {
		SystemAnalysis a = support.analyze("""
				system S {
					element Cam kind sensor layer 2
					usage Empty
					usage Home elements Cam
					risk R in Home on Cam impacts assets recovery low economic medium
				}
				""");
		UsageResult empty = a.usages().get(0);
		assertNull(empty.cell());
		assertEquals("usage Empty has no fully rated risk, so it has no cell", empty.explanation().oneLine());
	}

	@Test
	public void aRiskRatedOnOneAxisOnlyIsNotCategorized() throws Exception {
		SystemAnalysis a = support.analyze("""
				system S {
					element Cam kind sensor layer 2
					usage Home elements Cam
					risk R in Home on Cam impacts assets recovery high
				}
				""");
		RiskResult r = a.risks().get(0);
		assertNull(r.cell());
		assertEquals(List.of("economic"), r.unratedAxes());
		assertTrue(r.viewpoints().isEmpty());
		assertEquals("not categorized: R is not rated on economic of method iotssf.default", r.explanation().oneLine());
		assertNull(a.usages().get(0).cell());
	}

	@Test
	public void likelihoodIsShownButNeverChangesTheCell() throws Exception {
		String model = """
				system S {
					element Cam kind sensor layer 2
					usage Home elements Cam
					risk R in Home on Cam impacts assets recovery medium economic low %s
				}
				""";
		RiskResult without = support.analyze(model.formatted("")).risks().get(0);
		RiskResult with = support.analyze(model.formatted("likelihood frequent")).risks().get(0);
		assertEquals(without.cell(), with.cell());
		assertEquals(without.viewpoints().stream().map(v -> v.requirement().name()).toList(),
				with.viewpoints().stream().map(v -> v.requirement().name()).toList());
		assertTrue(with.explanation().steps().contains("likelihood frequent is shown beside the cell and does not change it"));
		assertFalse(without.explanation().oneLine().contains("likelihood"));
	}
}
