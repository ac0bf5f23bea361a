// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.StreamSupport;

import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.iotssf.model.AxisRating;
import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SsfScopeProviderTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private IScopeProvider scopes;

	@Inject
	private ValidationTestHelper validation;

	private static final String EXTENDED = """
			method m extends iotssf.default {
				axis recovery { level ^none level low level medium level high level extreme }
			}
			system S {
				uses method m
				element Cam kind sensor layer 2
				usage U elements Cam
				risk R in U on Cam impacts lifeBody recovery extreme economic low
				measure X viewpoint V4 stage disposal addresses R
			}
			""";

	@Test
	public void levelsAreScopedToTheAxisTheyRate() throws Exception {
		SsfModel model = support.parse(EXTENDED);
		validation.assertNoErrors(model);
		SystemModel system = (SystemModel) model.getDeclarations().get(1);
		AxisRating recovery = system.getRisks().get(0).getRatings().get(0);
		AxisRating economic = system.getRisks().get(0).getRatings().get(1);
		assertEquals(List.of("none", "low", "medium", "high", "extreme"), names(recovery, Literals.AXIS_RATING__LEVEL));
		assertEquals(List.of("low", "medium", "high"), names(economic, Literals.AXIS_RATING__LEVEL));
		assertEquals(5, recovery.getLevel().rank());
	}

	@Test
	public void anOverriddenAxisReplacesTheBaseAxisInPlace() throws Exception {
		SsfModel model = support.parse(EXTENDED);
		SystemModel system = (SystemModel) model.getDeclarations().get(1);
		AxisRating recovery = system.getRisks().get(0).getRatings().get(0);
		assertEquals(List.of("recovery", "economic"), names(recovery, Literals.AXIS_RATING__AXIS));
		assertEquals("m", ((org.iotssf.model.Method) recovery.getAxis().eContainer()).getName());
	}

	@Test
	public void measuresSeeTheViewpointsAndStagesOfTheInheritedMethod() throws Exception {
		SsfModel model = support.parse(EXTENDED);
		SystemModel system = (SystemModel) model.getDeclarations().get(1);
		assertEquals(List.of("V1", "V2", "V3", "V4"), names(system.getMeasures().get(0), Literals.MEASURE__VIEWPOINTS));
		assertEquals("disposal", system.getMeasures().get(0).getStages().get(0).getName());
	}

	@Test
	public void elementsOfAnotherFileAreReachedThroughAnImport() throws Exception {
		List<SsfModel> models = support.parseAll("""
				system vendor.Service { element Cloud kind cloudService layer 3 }
				""", """
				import vendor.Service.*
				system Plant {
					element Plc kind controller layer 2
					flow Plc -> Cloud data
					usage U elements Plc, Cloud, vendor.Service.Cloud
				}
				""");
		validation.assertNoErrors(models.get(1));
	}

	private List<String> names(org.eclipse.emf.ecore.EObject context, org.eclipse.emf.ecore.EReference reference) {
		return StreamSupport.stream(scopes.getScope(context, reference).getAllElements().spliterator(), false)
				.map(d -> d.getName().toString()).toList();
	}
}
