// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.iotssf.model.Catalog;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SsfQualifiedNameProviderTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private IQualifiedNameProvider names;

	@Test
	public void catalogItemsAreNamedByCatalogAndIdentifier() throws Exception {
		SsfModel model = support.parse("catalog en303645 { item \"5.3-2\" }");
		Catalog catalog = (Catalog) model.getDeclarations().get(0);
		assertEquals("en303645:5.3-2", SsfQualifiedNameProvider.itemKey(catalog.getItems().get(0)));
		assertEquals("en303645:5.3-2", names.getFullyQualifiedName(catalog.getItems().get(0)).toString());
	}

	@Test
	public void systemPartsAreQualifiedByTheirSystem() throws Exception {
		SsfModel model = support.parse("system plant.Line { element Plc kind controller layer 2 }");
		SystemModel system = (SystemModel) model.getDeclarations().get(0);
		assertEquals("plant.Line.Plc", names.getFullyQualifiedName(system.getElements().get(0)).toString());
	}
}
