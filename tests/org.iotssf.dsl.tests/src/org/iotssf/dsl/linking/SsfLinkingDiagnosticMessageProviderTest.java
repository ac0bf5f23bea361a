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
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

	@Test
	public void anUnknownMethodIsReportedOnceNotOncePerRating() throws Exception {
		String text = """
				system S {
					uses method iotssf.defualt
					element Cam kind sensor layer 2
					usage U elements Cam
					risk R1 in U on Cam impacts assets recovery low economic low
					risk R2 in U on Cam impacts assets recovery high economic high
					stakeholder Maker roles manufacturer
					measure M viewpoint V1 stage design addresses R1 by Maker
				}
				""";
		SsfModel model = support.parse(text);
		List<Issue> errors = support.issues(model.eResource()).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(1, errors.size(), support.describe(errors));
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE, errors.get(0).getCode());
		assertTrue(errors.get(0).getMessage().contains("'iotssf.defualt'"), errors.get(0).getMessage());
	}

	@Test
	public void aVeryLongUnknownNameIsQuotedShortAndGetsNoSuggestion() throws Exception {
		String name = "Q".repeat(100_000);
		String text = "system S {\n\tuses method iotssf.default\n\telement A kind sensor layer 2\n\tusage U elements " + name + "\n}\n";
		SsfModel model = support.parse(text);
		Issue issue = support.issues(model.eResource()).get(0);
		assertTrue(issue.getMessage().length() < 300, issue.getMessage().substring(0, 100));
		assertTrue(issue.getMessage().startsWith("There is no element named 'QQQ"), issue.getMessage().substring(0, 100));
	}
}
