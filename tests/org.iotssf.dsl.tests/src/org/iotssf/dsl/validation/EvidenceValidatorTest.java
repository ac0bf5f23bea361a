// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

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
public class EvidenceValidatorTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private ValidationTestHelper validation;

	private static String measure(String body) {
		return """
				system S {
					uses method iotssf.default
					element Cam kind sensor layer 2
					usage Home elements Cam
					risk R in Home on Cam impacts assets recovery low economic low
					measure M %s
				}
				""".formatted(body);
	}

	@Test
	public void evidenceThatExpiresBeforeItIsIssuedIsAnError() throws Exception {
		String text = measure("viewpoint V1 evidence selfDeclaration issued 2025-04-01 until 2024-03-31");
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.EVIDENCE, IssueCodes.EVIDENCE_EXPIRES_BEFORE_ISSUE, text.indexOf("2024-03-31"), 10,
				"This evidence expires (2024-03-31) before it is issued (2025-04-01); correct one of the two dates.");
	}

	@Test
	public void datesMustBeCalendarDates() throws Exception {
		String text = measure("viewpoint V1 evidence selfDeclaration issued 2025-02-30");
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.EVIDENCE, IssueCodes.INVALID_DATE, text.indexOf("2025-02-30"), 10,
				"'2025-02-30' is not a calendar date; write dates as yyyy-mm-dd, for example 2026-03-31.");
	}

	@Test
	public void aMeasureStatesItsViewpoint() throws Exception {
		String text = measure("addresses R");
		SsfModel model = support.parse(text);
		validation.assertWarning(model, Literals.MEASURE, IssueCodes.MEASURE_WITHOUT_VIEWPOINT, text.indexOf("M addresses"), 1);
	}
}
