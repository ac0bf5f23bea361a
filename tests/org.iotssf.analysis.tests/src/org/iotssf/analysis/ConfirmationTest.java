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

/**
 * Confirmation means what the framework means: the method says which kinds of evidence confirm which viewpoint
 * and at which stages; a measure counts only when a carrier of the viewpoint takes it; evidence a stakeholder
 * issues to itself is a self-declaration; a method can require a lifecycle stage to be addressed.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class ConfirmationTest {

	@Inject
	private AnalysisTestSupport support;

	/** A risk rated high/low: the default method requires V1, V2, V3 verified and V4 declared. */
	private SystemAnalysis analyze(String method, String measures) throws Exception {
		return support.analyze("""
				%s
				system S {
					%s
					stakeholder Maker roles manufacturer
					stakeholder Op roles operator
					stakeholder Lab roles certifier
					element Cam kind sensor layer 2 maker Maker operator Op
					usage Home elements Cam
					risk R in Home on Cam impacts lifeBody recovery high economic low
				%s
				}
				""".formatted(method.isEmpty() ? "" : method, method.isEmpty() ? "" : "uses method my.rules", measures));
	}

	private static RiskViewpoint viewpoint(SystemAnalysis a, String name) {
		return a.risks().get(0).viewpoints().stream().filter(v -> v.requirement().name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	public void anInsurancePolicyDoesNotConfirmTheProductBeforeOperation() throws Exception {
		SystemAnalysis a = analyze("", """
				measure Insured viewpoint V1 stage design addresses R by Maker evidence insurance "Product liability insurance" issuer "Insurer"
				""");
		RiskViewpoint v1 = viewpoint(a, "V1");
		assertEquals(CoverageStatus.UNSUITABLE_EVIDENCE, v1.coverage());
		assertTrue(v1.explanation().oneLine().contains("the valid evidence of [Insured] (insurance) does not confirm V1: the method accepts "
				+ "selfDeclaration, thirdPartyCertification for it"), v1.explanation().oneLine());
		Finding gap = AnalysisTestSupport.withCode(a, "iotssf.coverage.viewpointEvidenceUnsuitable").get(0);
		assertEquals("Open item: the evidence for V1 of risk R is not of a kind method iotssf.default accepts as confirming V1; "
				+ "to be confirmed by Maker.", gap.message());
		assertTrue(gap.message("ja").contains("保険") || gap.explanation().oneLine("ja").contains("保険"), gap.explanation().oneLine("ja"));
	}

	@Test
	public void aCertificateTheMakerIssuesItselfIsASelfDeclaration() throws Exception {
		SystemAnalysis own = analyze("", """
				measure Own viewpoint V1 stage design addresses R by Maker evidence thirdPartyCertification "Our certificate" issuer Maker
				""");
		assertEquals(CoverageStatus.WEAK_EVIDENCE, viewpoint(own, "V1").coverage());
		assertTrue(viewpoint(own, "V1").explanation().oneLine().contains("the thirdPartyCertification of [Own] is issued by Maker, who takes the "
				+ "measure, so it counts as a self-declaration, which verified does not accept"), viewpoint(own, "V1").explanation().oneLine());
		SystemAnalysis independent = analyze("", """
				measure Certified viewpoint V1 stage design addresses R by Maker evidence thirdPartyCertification "Lab certificate" issuer Lab
				""");
		assertEquals(CoverageStatus.COVERED, viewpoint(independent, "V1").coverage());
	}

	@Test
	public void aMeasureCountsOnlyWhenACarrierOfTheViewpointTakesIt() throws Exception {
		SystemAnalysis a = analyze("", """
				measure Watched viewpoint V2 stage operation addresses R by Maker evidence inspection "Audit" issuer Lab
				""");
		RiskViewpoint v2 = viewpoint(a, "V2");
		assertEquals(List.of("Op"), v2.stakeholders().stream().map(s -> s.getName()).toList());
		assertEquals(CoverageStatus.NOT_BY_CARRIER, v2.coverage());
		assertTrue(v2.explanation().oneLine().contains("measure(s) [Watched] are taken by Maker, who does not carry V2 for this risk; "
				+ "to be confirmed by Op"), v2.explanation().oneLine());
		assertEquals("Open item: the measures for V2 of risk R are taken by stakeholders who do not carry V2 for it; to be confirmed by Op.",
				AnalysisTestSupport.withCode(a, "iotssf.coverage.viewpointMeasureByOther").get(0).message());
		SystemAnalysis agreed = analyze("", """
				agreement A covers R Maker carries V2
				measure Watched viewpoint V2 stage operation addresses R by Maker evidence inspection "Audit" issuer Lab
				""");
		assertEquals(CoverageStatus.COVERED, viewpoint(agreed, "V2").coverage());
	}

	@Test
	public void aMeasureOutsideItsViewpointsStagesIsFlagged() throws Exception {
		SystemAnalysis a = analyze("", """
				measure Late viewpoint V1 stage operation addresses R by Maker evidence selfDeclaration
				measure Early viewpoint V1 stage design, operation addresses R by Maker evidence selfDeclaration
				""");
		List<Finding> wrong = AnalysisTestSupport.withCode(a, "iotssf.coverage.measureAtWrongStage");
		assertEquals(1, wrong.size());
		assertEquals("Measure Late is for V1, but is taken at operation, outside the stages at which method iotssf.default confirms V1 "
				+ "(design, manufacturing, integration).", wrong.get(0).message());
		assertEquals("対策 Late は V1 のための対策だが、その段階（運用）は手法 iotssf.default が V1 を確認する段階（設計、製造、構築・設置）の外にある。",
				wrong.get(0).message("ja"));
	}

	@Test
	public void aMethodCanRequireDisposalToBeAddressedAndChangeWhatConfirmsAViewpoint() throws Exception {
		String method = """
				method my.rules extends iotssf.default {
					version "2"
					require stage disposal
					confirm V1 by selfDeclaration, thirdPartyCertification, insurance at design
				}
				""";
		SystemAnalysis a = analyze(method, """
				measure Insured viewpoint V1 stage design addresses R by Maker evidence insurance "Product liability insurance" issuer "Insurer"
				""");
		assertEquals(CoverageStatus.COVERED, viewpoint(a, "V1").coverage(), "this method accepts insurance for V1");
		Finding disposal = AnalysisTestSupport.withCode(a, "iotssf.coverage.requiredStageNotAddressed").get(0);
		assertEquals("Method my.rules requires the stage disposal to be addressed (comment 14-3: stopping use and disposal), but no measure "
				+ "of S is taken at it.", disposal.message());
		assertTrue(disposal.message("ja").contains("「廃棄」"), disposal.message("ja"));
		SystemAnalysis addressed = analyze(method, """
				measure Recycling viewpoint V1 stage design, disposal addresses R by Maker evidence selfDeclaration
				""");
		assertEquals(List.of(), AnalysisTestSupport.withCode(addressed, "iotssf.coverage.requiredStageNotAddressed"));
		assertEquals(List.of(), AnalysisTestSupport.withCode(analyze("", ""), "iotssf.coverage.requiredStageNotAddressed"),
				"the default method does not require it");
	}
}
