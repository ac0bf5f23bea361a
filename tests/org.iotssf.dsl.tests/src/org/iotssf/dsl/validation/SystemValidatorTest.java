// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.SsfModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SystemValidatorTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private ValidationTestHelper validation;

	@Test
	public void elementInNoUsageIsAWarning() throws Exception {
		String text = """
				system S {
					uses method iotssf.default
					element Cam kind sensor layer 2
					element Spare kind sensor layer 2
					usage Home elements Cam
					risk R in Home on Cam impacts assets recovery low economic low
				}
				""";
		SsfModel model = support.parse(text);
		validation.assertWarning(model, Literals.ELEMENT, IssueCodes.ELEMENT_IN_NO_USAGE, text.indexOf("Spare"), 5,
				"Element 'Spare' is in no usage, so none of its risks can be categorized; list it in the 'elements' of the usages it serves.");
	}

	@Test
	public void usageWithoutRisksIsAWarning() throws Exception {
		String text = """
				system S {
					uses method iotssf.default
					element Cam kind sensor layer 2
					usage Home elements Cam
					usage Empty "Nothing here"
					risk R in Home on Cam impacts assets recovery low economic low
				}
				""";
		SsfModel model = support.parse(text);
		validation.assertWarning(model, Literals.USAGE, IssueCodes.USAGE_WITHOUT_RISKS, text.indexOf("Empty"), 5,
				"Usage 'Empty' has no risks, so it cannot be categorized; add at least one 'risk ... in Empty on <element>'.");
		validation.assertWarning(model, Literals.USAGE, IssueCodes.USAGE_WITHOUT_ELEMENTS, text.indexOf("Empty"), 5,
				"Usage 'Empty' lists no elements; add 'elements <element>, ...'.");
	}

	@Test
	public void flowBetweenElementsOfNoCommonUsageIsAWarning() throws Exception {
		String text = """
				system S {
					uses method iotssf.default
					element A kind sensor layer 2
					element B kind gateway layer 2
					flow A -> B data
					flow A -> A data
					usage U1 elements A
					usage U2 elements B
					risk R1 in U1 on A impacts assets recovery low economic low
					risk R2 in U2 on B impacts assets recovery low economic low
				}
				""";
		SsfModel model = support.parse(text);
		validation.assertWarning(model, Literals.FLOW, IssueCodes.FLOW_WITHOUT_COMMON_USAGE, text.indexOf("A -> B"), 1,
				"The flow from 'A' to 'B' joins elements that share no usage, so no usage's risks cover it; add both to a common usage.");
		validation.assertWarning(model, Literals.FLOW, IssueCodes.FLOW_SELF_LOOP, text.lastIndexOf("A data"), 1);
	}

	@Test
	public void responsibleStakeholdersNeedTheMatchingRole() throws Exception {
		String text = """
				system S {
					uses method iotssf.default
					stakeholder Shop roles user
					element Cam kind sensor layer 2 maker Shop
					usage Home elements Cam
					risk R in Home on Cam impacts assets recovery low economic low
				}
				""";
		SsfModel model = support.parse(text);
		validation.assertWarning(model, Literals.ELEMENT, IssueCodes.ROLE_MISMATCH, text.indexOf("Shop\n"), 4,
				"'Shop' is named maker but has no role manufacturer; add it to the stakeholder's roles, or name another stakeholder.");
	}

	@Test
	public void layersAreOneToThreeAndShouldBeStated() throws Exception {
		String text = """
				system S {
					uses method iotssf.default
					element Cam kind sensor layer 4
					element Hub kind gateway
					usage Home elements Cam, Hub
					risk R in Home on Cam impacts assets recovery low economic low
				}
				""";
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.ELEMENT, IssueCodes.LAYER_OUT_OF_RANGE, text.indexOf("4"), 1);
		validation.assertWarning(model, Literals.ELEMENT, IssueCodes.LAYER_MISSING, text.indexOf("Hub"), 3);
	}

	@Test
	public void aFleetHasAtLeastOneUnit() throws Exception {
		String text = """
				system S {
					uses method iotssf.default
					element Cam kind sensor layer 2 count 0
					element Fleet kind sensor layer 2 count 200
					usage Home elements Cam, Fleet
					risk R in Home on Cam impacts assets recovery low economic low
				}
				""";
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.ELEMENT, IssueCodes.COUNT_OUT_OF_RANGE, text.indexOf("0\n"), 1,
				"An element stands for at least one unit; write 'count 1' or more for 'Cam', or leave 'count' out.");
		assertEquals(200, ((org.iotssf.model.SystemModel) model.getDeclarations().get(0)).getElements().get(1).getCount());
	}

	@Test
	public void securityLevelVectorsHaveSevenLevelsFromZeroToFour() throws Exception {
		String text = """
				system S {
					domain Zone securityLevel target (2, 2, 2, 1, 1, 1, 1)
					element Plc kind controller layer 2 in Zone securityLevel capability (2, 2, 5, 1, 1, 1, 1) securityLevel achieved (1, 1)
					usage U elements Plc
					risk R in U on Plc impacts assets recovery low economic low
				}
				""";
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.SECURITY_LEVEL_VECTOR, IssueCodes.SECURITY_LEVEL_VECTOR, text.indexOf("securityLevel capability"), 46,
				"An IEC 62443 security level vector has seven levels from 0 to 4, one per foundational requirement FR1 to FR7; "
						+ "write for example 'securityLevel capability (2, 2, 2, 1, 1, 1, 1)'.");
		validation.assertError(model, Literals.SECURITY_LEVEL_VECTOR, IssueCodes.SECURITY_LEVEL_VECTOR, text.indexOf("securityLevel achieved"), 29);
		org.junit.jupiter.api.Assertions.assertEquals(2, validation.validate(model).stream()
				.filter(i -> IssueCodes.SECURITY_LEVEL_VECTOR.equals(i.getCode())).count());
	}

	@Test
	public void aSystemWithoutMethodUsesTheDefaultAndSaysSo() throws Exception {
		String text = """
				system S {
					element Cam kind sensor layer 2
					usage Home elements Cam
					risk R in Home on Cam impacts assets recovery low economic medium
				}
				""";
		SsfModel model = support.parse(text);
		validation.assertNoErrors(model);
		validation.assertIssue(model, Literals.SYSTEM_MODEL, IssueCodes.NO_METHOD, org.eclipse.xtext.diagnostics.Severity.INFO,
				"System 'S' names no method, so iotssf.default is used; add 'uses method iotssf.default' to make that explicit.");
	}

	@Test
	public void aSystemWithoutANameIsCalledUnnamedNotNull() throws Exception {
		SsfModel model = support.parse("system { }");
		String messages = support.describe(support.issues(model.eResource()));
		org.junit.jupiter.api.Assertions.assertTrue(messages.contains("System (unnamed) names no method"), messages);
		org.junit.jupiter.api.Assertions.assertFalse(messages.contains("null"), messages);
	}
}
