// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.linking;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.iotssf.dsl.validation.IssueCodes;
import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.SsfModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SsfLinkingDiagnosticMessageProviderTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private ValidationTestHelper validation;

	@Test
	public void anUnknownElementGetsASuggestion() throws Exception {
		String text = """
				system S {
					uses method iotssf.default
					element IndoorUnit kind actuator layer 2
					usage U elements IndorUnit
				}
				""";
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.USAGE, IssueCodes.UNRESOLVED_REFERENCE, text.indexOf("IndorUnit"), 9,
				"There is no element named 'IndorUnit'; did you mean 'IndoorUnit'? Declare it, correct the name, or import the file or namespace that declares it.");
	}

	@Test
	public void anUnknownAxisListsTheAxesOfTheMethod() throws Exception {
		String text = """
				system S {
					uses method iotssf.default
					element Cam kind sensor layer 2
					usage U elements Cam
					risk R in U on Cam impacts assets recovery low money low economic low
				}
				""";
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.AXIS_RATING, IssueCodes.UNRESOLVED_REFERENCE, text.indexOf("money"), 5,
				"'money' is not an axis of the method in use; use one of: recovery, economic.");
	}

	@Test
	public void anUnknownCatalogItemGetsTheNearestIdentifier() throws Exception {
		String text = """
				system S {
					element Cam kind sensor layer 2
					measure M viewpoint V1 satisfies "en303645:5.3-17"
				}
				""";
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.MEASURE, IssueCodes.UNRESOLVED_REFERENCE, text.indexOf("\"en303645"), 17,
				"There is no catalog item named 'en303645:5.3-17'; did you mean 'en303645:5.3-1'?");
	}

	@Test
	public void anUnknownMethodIsReported() throws Exception {
		String text = "system S { uses method iotssf.defualt }";
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.SYSTEM_MODEL, IssueCodes.UNRESOLVED_REFERENCE, text.indexOf("iotssf.defualt"), 14,
				"There is no method named 'iotssf.defualt'; did you mean 'iotssf.default'?");
	}
}
