// SPDX-License-Identifier: EPL-2.0
package org.iotssf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.iotssf.model.Catalog;
import org.iotssf.model.CatalogItem;
import org.iotssf.model.CatalogMapping;
import org.iotssf.model.SsfModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class BuiltinLibrariesTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	public void everyLibraryLoadsWithoutAnyIssue() {
		List<Resource> libraries = BuiltinLibraries.loadInto(resourceSets.get());
		assertEquals(BuiltinLibraries.FILES.size(), libraries.size());
		for (Resource library : libraries) {
			assertEquals("", support.describe(support.issues(library)), library.getURI().toString());
			assertTrue(BuiltinLibraries.isBuiltin(library.getURI()));
		}
	}

	private Map<String, Catalog> catalogs() {
		Map<String, Catalog> catalogs = new TreeMap<>();
		for (Resource library : BuiltinLibraries.loadInto(resourceSets.get())) {
			((SsfModel) library.getContents().get(0)).getDeclarations().stream().filter(Catalog.class::isInstance)
					.map(Catalog.class::cast).forEach(c -> catalogs.put(c.getName(), c));
		}
		return catalogs;
	}

	private static List<String> ids(Catalog catalog) {
		return catalog.getItems().stream().map(CatalogItem::getName).toList();
	}

	@Test
	public void shipsTheStandardsCatalogs() {
		assertEquals(List.of("cpsf", "eat", "en303645", "iec62443", "iotssf", "jcstar", "nistir8259a", "nistir8259b", "psacertified"),
				List.copyOf(catalogs().keySet()));
	}

	@Test
	public void en303645HasEveryProvisionOfEachClause() {
		Map<String, Long> perClause = new TreeMap<>();
		for (String id : ids(catalogs().get("en303645"))) {
			perClause.merge(id.substring(0, id.indexOf('-')), 1L, Long::sum);
		}
		assertEquals(Map.ofEntries(Map.entry("5.1", 5L), Map.entry("5.2", 3L), Map.entry("5.3", 16L), Map.entry("5.4", 4L),
				Map.entry("5.5", 8L), Map.entry("5.6", 9L), Map.entry("5.7", 2L), Map.entry("5.8", 3L), Map.entry("5.9", 3L),
				Map.entry("5.10", 1L), Map.entry("5.11", 4L), Map.entry("5.12", 3L), Map.entry("5.13", 1L), Map.entry("6", 5L)), perClause);
		for (String id : ids(catalogs().get("en303645"))) {
			String clause = id.substring(0, id.indexOf('-'));
			int number = Integer.parseInt(id.substring(id.indexOf('-') + 1));
			assertTrue(number >= 1 && number <= perClause.get(clause), id);
		}
	}

	@Test
	public void theOtherCatalogsHaveTheirExpectedItems() {
		Map<String, Catalog> catalogs = catalogs();
		assertEquals(6, catalogs.get("nistir8259a").getItems().size());
		assertEquals(4, catalogs.get("nistir8259b").getItems().size());
		assertEquals(List.of("Asset Identification", "Product Configuration", "Data Protection", "Interface Access Control",
				"Software Update", "Cybersecurity State Awareness"),
				catalogs.get("nistir8259a").getItems().stream().map(i -> i.getAliases().get(0)).toList());
		assertTrue(ids(catalogs.get("iec62443")).containsAll(List.of("FR1", "FR2", "FR3", "FR4", "FR5", "FR6", "FR7", "SL0", "SL1",
				"SL2", "SL3", "SL4", "SL-T", "SL-C", "SL-A", "zone", "conduit")));
		assertEquals(List.of("STAR-1", "STAR-2", "STAR-3", "STAR-4"), ids(catalogs.get("jcstar")));
		assertEquals(List.of("L1", "L2", "L3"), ids(catalogs.get("psacertified")));
		assertEquals(20, ids(catalogs.get("cpsf")).stream().filter(id -> id.startsWith("CPS.")).count());
	}

	@Test
	public void everyCrosswalkMappingReachesAnItemOfAnotherCatalogAndStatesItsBasis() {
		int mappings = 0;
		for (Catalog catalog : catalogs().values()) {
			for (CatalogItem item : catalog.getItems()) {
				for (CatalogMapping mapping : item.getMappings()) {
					assertFalse(mapping.getTarget().eIsProxy(), item.getName());
					assertNotSame(catalog, mapping.getTarget().eContainer(), item.getName());
					assertNotNull(mapping.getBasis(), item.getName());
					mappings++;
				}
			}
		}
		assertTrue(mappings >= 60, "mappings: " + mappings);
	}

	@Test
	public void loadingTwiceKeepsOneCopy() {
		XtextResourceSet resourceSet = resourceSets.get();
		BuiltinLibraries.loadInto(resourceSet);
		BuiltinLibraries.loadInto(resourceSet);
		assertEquals(BuiltinLibraries.FILES.size(), resourceSet.getResources().size());
		assertEquals(1, resourceSet.getURIConverter().getURIHandlers().stream()
				.filter(h -> h.getClass().getSimpleName().equals("LibraryUriHandler")).count());
	}
}
