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
public class MethodValidatorTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private ValidationTestHelper validation;

	@Test
	public void methodsMayNotExtendThemselves() throws Exception {
		String text = "method a extends b { } method b extends a { }";
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.METHOD, IssueCodes.METHOD_EXTENDS_ITSELF, text.indexOf("b {"), 1,
				"Method 'a' extends itself through its bases; remove one 'extends'.");
	}

	@Test
	public void anAxisOrdersAtLeastTwoLevels() throws Exception {
		String text = "method m { axis only { level one } }";
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.AXIS, IssueCodes.AXIS_TOO_FEW_LEVELS, text.indexOf("only"), 4,
				"Axis 'only' has 1 level(s); an axis orders at least two levels, lowest first: add 'level <name> \"<label>\"'.");
	}

	@Test
	public void ruleConditionsNameLevelsOfTheirAxis() throws Exception {
		String text = "method m extends iotssf.default { rule r when recovery >= catastrophic require V1 }";
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.CELL_CONDITION, IssueCodes.LEVEL_NOT_OF_AXIS, text.indexOf("catastrophic"), 12,
				"'catastrophic' is not a level of axis 'recovery'; use one of: low, medium, high.");
	}

	@Test
	public void anItemDoesNotMapToItself() throws Exception {
		String text = "catalog c { item \"1\" maps related \"c:1\" }";
		SsfModel model = support.parse(text);
		validation.assertWarning(model, Literals.CATALOG_MAPPING, IssueCodes.MAPPING_TO_ITSELF, text.indexOf("\"c:1\""), 5);
	}
}
