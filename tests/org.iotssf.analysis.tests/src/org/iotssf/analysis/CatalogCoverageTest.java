// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.model.Catalog;
import org.iotssf.model.SsfModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class CatalogCoverageTest {

	@Inject
	private AnalysisTestSupport support;

	private static final String MODEL = """
			catalog a { item "1" status mandatory viewpoint iotssf.default.V1 maps equivalent "b:x" basis "test"
			            item "2" status recommended viewpoint iotssf.default.V2 maps related "b:y" basis "test"
			            item "3" status mandatory viewpoint iotssf.default.V1 kinds gateway
			            item "4" status informative viewpoint iotssf.default.V1 }
			catalog b { item "x" status recommended item "y" status recommended viewpoint iotssf.default.V3 }
			system S {
				element Cam kind sensor layer 2
				usage U elements Cam
				risk R in U on Cam impacts assets recovery low economic medium
				measure M viewpoint V1 addresses R satisfies "a:1", "b:y"
			}
			""";

	private List<CatalogCoverage.Report> reports() throws Exception {
		SystemAnalysis analysis = support.analyze(MODEL);
		List<Catalog> catalogs = ((SsfModel) analysis.system().eResource().getContents().get(0)).getDeclarations().stream()
				.filter(Catalog.class::isInstance).map(Catalog.class::cast).toList();
		return CatalogCoverage.compute(List.of(analysis), catalogs);
	}

	private static List<String> statuses(CatalogCoverage.Report report) {
		return report.items().stream().map(i -> i.item().getName() + " " + i.status().label()).toList();
	}

	@Test
	public void itemsAreAddressedRequiredOrNotApplicable() throws Exception {
		List<CatalogCoverage.Report> reports = reports();
		// R (low/medium) requires V1 and V2 for a sensor: a:2 serves V2 but nothing satisfies it; a:3 is for gateways only
		assertEquals(List.of("1 addressed", "2 notAddressed", "3 notApplicable", "4 notApplicable"), statuses(reports.get(0)));
		assertEquals("serves V2, which the method requires for risks of the models on this kind of element; not addressed: no measure satisfies it or an item mapped to it",
				reports.get(0).items().get(1).explanation().oneLine());
	}

	@Test
	public void equivalentAndPartialMappingsCarryCoverageButRelatedOnesDoNot() throws Exception {
		List<CatalogCoverage.Report> reports = reports();
		// b:x is addressed through a:1's equivalent mapping; b:y is satisfied directly, but a:2 maps to it only as related
		assertEquals(List.of("x addressedViaMapping", "y addressed"), statuses(reports.get(1)));
		assertEquals("mapped (equivalent or partial) from a:1, which measures satisfy", reports.get(1).items().get(0).explanation().oneLine());
		assertEquals(1, reports.get(1).count(CatalogCoverage.Status.ADDRESSED));
	}

	@Test
	public void itemsOutsideTheSystemsSectorsAreNotApplicableAndNotCandidates() throws Exception {
		String model = """
				catalog home { scope consumer item "1" status mandatory viewpoint iotssf.default.V1 }
				catalog plant { scope industrial item "1" status mandatory viewpoint iotssf.default.V1
				                                 item "2" status mandatory viewpoint iotssf.default.V1 scope medical }
				catalog any { item "1" status recommended viewpoint iotssf.default.V1 item "2" status mandatory viewpoint iotssf.default.V1 kinds sensor }
				system S {
					sector medical
					element Cam kind sensor layer 2
					usage U elements Cam
					risk R in U on Cam impacts assets recovery low economic medium
				}
				""";
		SystemAnalysis analysis = support.analyze(model);
		List<Catalog> catalogs = ((SsfModel) analysis.system().eResource().getContents().get(0)).getDeclarations().stream()
				.filter(Catalog.class::isInstance).map(Catalog.class::cast).toList();
		List<CatalogCoverage.Report> reports = CatalogCoverage.compute(List.of(analysis), catalogs);
		assertEquals(List.of("1 notApplicable"), statuses(reports.get(0)));
		assertEquals("out of scope: the item applies to consumer, and no system that requires V1 for its kind of element serves one of "
				+ "these sectors", reports.get(0).items().get(0).explanation().oneLine());
		// an item's own scope narrows (or here widens) its catalog's
		assertEquals(List.of("1 notApplicable", "2 notAddressed"), statuses(reports.get(1)));
		// candidates: in scope only, the element kind's own items first, then by status
		assertEquals(List.of("any:2", "plant:2", "any:1"), AnalysisTestSupport.risk(analysis, "R").candidateItems().stream()
				.map(org.iotssf.model.support.CatalogItems::key).filter(k -> k.matches("(home|plant|any):.*")).toList());
		// a system that states no sector takes every catalog
		SystemAnalysis unscoped = support.analyze(model.replace("sector medical", ""));
		assertEquals(List.of("1 notAddressed"), statuses(CatalogCoverage.compute(List.of(unscoped), catalogs).get(0)));
	}
}
