// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

import java.util.List;

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
public class NameValidatorTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private ValidationTestHelper validation;

	@Test
	public void namesAreUniqueAcrossAllPartsOfASystem() throws Exception {
		String text = """
				system S {
					uses method iotssf.default
					element Cam kind sensor layer 2
					usage Cam elements Cam
					risk R in Cam on Cam impacts assets recovery low economic low
				}
				""";
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.USAGE, IssueCodes.DUPLICATE_NAME, text.indexOf("Cam elements"), 3,
				"The name 'Cam' is already used by the element on line 3; give each part of system 'S' its own name.");
	}

	@Test
	public void levelsAreUniqueWithinAnAxis() throws Exception {
		String text = "method m { axis a { level x level x } }";
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.LEVEL, IssueCodes.DUPLICATE_NAME, text.lastIndexOf("x"), 1);
	}

	@Test
	public void catalogItemIdentifiersAreUnique() throws Exception {
		String text = "catalog c { item \"1.1\" item \"1.1\" }";
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.CATALOG_ITEM, IssueCodes.DUPLICATE_NAME, text.lastIndexOf("\"1.1\""), 5);
	}

	@Test
	public void aDeclarationNameIsUsedOnceAcrossFiles() throws Exception {
		List<SsfModel> models = support.parseFiles("a/m.ssf", "method shared.m { }", "b/m.ssf", "method shared.m { }",
				"b/other.ssf", "method other.m { }");
		validation.assertError(models.get(1), Literals.METHOD, IssueCodes.DUPLICATE_DECLARATION,
				"The name 'shared.m' is declared more than once (also in ../a/m.ssf); rename one of them.");
		validation.assertNoIssue(models.get(2), Literals.METHOD, IssueCodes.DUPLICATE_DECLARATION);
	}

	@Test
	public void theDefaultMethodCannotBeRedeclared() throws Exception {
		SsfModel model = support.parse("method iotssf.default { }");
		validation.assertError(model, Literals.METHOD, IssueCodes.DUPLICATE_DECLARATION, "iotssf.default.ssf");
	}
}
