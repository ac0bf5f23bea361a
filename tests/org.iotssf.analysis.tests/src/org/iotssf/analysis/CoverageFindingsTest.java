// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Coverage of required viewpoints by measures and evidence (MeasureCoverage) and the gaps reported (CoverageFindings). */
@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class CoverageFindingsTest {

	@Inject
	private AnalysisTestSupport support;

	private static String model(String measures) {
		return """
				system S {
					stakeholder Maker roles manufacturer
					stakeholder Op roles operator
					element Cam kind sensor layer 2 maker Maker operator Op
					usage Home elements Cam
					risk R in Home on Cam impacts lifeBody recovery high economic low
				%s
				}
				""".formatted(measures);
	}

	private static CoverageStatus status(SystemAnalysis a, String viewpoint) {
		return a.risks().get(0).viewpoints().stream().filter(v -> v.requirement().name().equals(viewpoint)).findFirst()
				.orElseThrow().coverage();
	}

	@Test
	public void aViewpointWithoutMeasureIsAGap() throws Exception {
		SystemAnalysis a = support.analyze(model(""));
		assertEquals(CoverageStatus.NO_MEASURE, status(a, "V1"));
		List<Finding> gaps = AnalysisTestSupport.withCode(a, "iotssf.coverage.viewpointWithoutMeasure");
		assertEquals(4, gaps.size());
		assertEquals("Open item: method iotssf.default requires V1 (verified) for risk R, and no measure addresses it under V1 yet; to be confirmed by Maker.", gaps.get(0).message());
	}

	@Test
	public void evidenceMustBeValidOnTheAnalysisDateAndStrongEnough() throws Exception {
		SystemAnalysis a = support.analyze(model("""
				measure Cert viewpoint V1 addresses R by Maker evidence thirdPartyCertification issued 2024-01-01 until 2027-01-01
				measure Declared viewpoint V2 addresses R by Op evidence monitoring issued 2025-01-01
				measure Expired viewpoint V3 addresses R by Op evidence licence issued 2020-01-01 until 2025-12-31
				measure Bare viewpoint V1 addresses R by Maker
				"""));
		assertEquals(CoverageStatus.COVERED, status(a, "V1"));
		assertEquals(CoverageStatus.WEAK_EVIDENCE, status(a, "V2"));
		assertEquals(CoverageStatus.EXPIRED_EVIDENCE, status(a, "V3"));
		assertEquals(1, AnalysisTestSupport.withCode(a, "iotssf.coverage.evidenceNotValid").size());
		assertEquals(1, AnalysisTestSupport.withCode(a, "iotssf.coverage.measureWithoutEvidence").size());
		assertTrue(AnalysisTestSupport.withCode(a, "iotssf.coverage.viewpointEvidenceTooWeak").get(0).explanation().oneLine()
				.contains("valid evidence of [Declared] (monitoring) is not of a kind that strength verified accepts"));
	}

	@Test
	public void carriersComeFromAgreementsOrElseFromTheRoleAllocation() throws Exception {
		SystemAnalysis a = support.analyze(model("""
				agreement A covers R Op carries V1
				"""));
		RiskViewpoint v1 = a.risks().get(0).viewpoints().get(0);
		assertTrue(v1.agreed());
		assertEquals("Op", v1.stakeholders().get(0).getName());
		RiskViewpoint v2 = a.risks().get(0).viewpoints().get(1);
		assertEquals(false, v2.agreed());
		assertEquals("Op", v2.stakeholders().get(0).getName());
		assertTrue(v2.explanation().oneLine().contains("proposed by the method's allocation of V2 to operator, serviceProvider, owner"),
				v2.explanation().oneLine());
		Finding unagreed = AnalysisTestSupport.withCode(a, "iotssf.coverage.allocationNotAgreed").get(0);
		assertEquals("No agreement assigns V2, V3, V4 of risk R; the carriers shown are proposed by the method's role allocation.",
				unagreed.message());
	}

	@Test
	public void aRequiredViewpointNoStakeholderCanCarryIsAGap() throws Exception {
		SystemAnalysis a = support.analyze(model(""));
		List<Finding> gaps = AnalysisTestSupport.withCode(a, "iotssf.coverage.noStakeholderForViewpoint");
		assertEquals(1, gaps.size());
		assertTrue(gaps.get(0).message().startsWith("Method iotssf.default requires V4, but no stakeholder of S has a role that carries it (regulator, insurer, certifier)"),
				gaps.get(0).message());
	}
}
