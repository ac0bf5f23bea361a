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

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class AnalysisDiffTest {

	@Inject
	private AnalysisTestSupport support;

	private static final String MODEL = """
			system S {
				stakeholder Maker roles manufacturer
				element Cam kind sensor layer 2 maker Maker %s
				usage U elements Cam
				risk A in U on Cam impacts assets recovery %s economic low
				%s
				measure M viewpoint V1 addresses A by Maker evidence selfDeclaration issued 2025-01-01
			}
			""";

	private List<String> diff(String before, String after) throws Exception {
		return AnalysisDiff.compare(List.of(support.analyze(before)), List.of(support.analyze(after))).stream()
				.map(c -> c.kind().label() + " " + c.subject() + ": " + c.before() + " -> " + c.after()).toList();
	}

	@Test
	public void reportsRaisedCellsNewViewpointsAndNewFindings() throws Exception {
		List<String> changes = diff(MODEL.formatted("", "low", ""), MODEL.formatted("update none", "medium", ""));
		assertEquals(List.of("cellRaised A: low/low -> medium/low", "viewpointRequired A V1:  -> declared",
				"viewpointRequired A V2:  -> declared", "viewpointRequired A V3:  -> declared",
				"findingAppeared iotssf.finding.noUpdatePath:  -> Cam cannot be updated, so a vulnerability found in it stays for its "
						+ "whole service life; plan replacement or isolation."), changes);
	}

	@Test
	public void reportsRemovedRisksLoweredCellsAndResolvedFindings() throws Exception {
		List<String> changes = diff(MODEL.formatted("update none", "high", "risk B in U on Cam impacts assets recovery low economic low"),
				MODEL.formatted("", "medium", ""));
		assertEquals("cellLowered A: high/low -> medium/low", changes.get(0));
		assertEquals(true, changes.contains("strengthChanged A V1: verified -> declared"));
		assertEquals(true, changes.contains("coverageLost A V1: covered -> weakEvidence") || changes.contains("coverageGained A V1: weakEvidence -> covered"));
		assertEquals(true, changes.contains("riskRemoved B: low/low -> "));
		assertEquals(true, changes.stream().anyMatch(c -> c.startsWith("findingResolved iotssf.finding.noUpdatePath")));
	}

	@Test
	public void identicalVersionsHaveNoChange() throws Exception {
		assertEquals(List.of(), diff(MODEL.formatted("", "low", ""), MODEL.formatted("", "low", "")));
	}
}
