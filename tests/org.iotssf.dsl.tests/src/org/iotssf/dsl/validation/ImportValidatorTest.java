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

/** An import of a name or namespace that does not exist is an error at the import, with the nearest name. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class ImportValidatorTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private ValidationTestHelper validation;

	private static final String SYSTEM = """
			system S {
				uses method iotssf.default
				element Cam kind sensor layer 2
				usage Home elements Cam
				risk R in Home on Cam impacts assets recovery low economic low
			}
			""";

	@Test
	public void importsOfExistingNamesAndNamespacesAreFine() throws Exception {
		List<SsfModel> models = support.parseAll("import iotssf.default.*\nimport iotssf.default.V1\nimport other.*\n" + SYSTEM,
				"system other.Plant { }\n");
		validation.assertNoIssue(models.get(0), Literals.IMPORT, IssueCodes.IMPORT_NOT_FOUND);
		validation.assertNoIssue(support.parse("import cpsf.*\n" + SYSTEM), Literals.IMPORT, IssueCodes.IMPORT_NOT_FOUND);
	}

	@Test
	public void aMisspeltNamespaceIsAnErrorThatNamesTheNearest() throws Exception {
		String text = "import iotssf.defualt.*\n" + SYSTEM;
		validation.assertError(support.parse(text), Literals.IMPORT, IssueCodes.IMPORT_NOT_FOUND, text.indexOf("iotssf.defualt.*"),
				"iotssf.defualt.*".length(), "There is no declaration in 'iotssf.defualt' to import; did you mean 'iotssf.default'?");
	}

	@Test
	public void aNameThatExistsNowhereIsAnError() throws Exception {
		String text = "import nothing.here.At\n" + SYSTEM;
		validation.assertError(support.parse(text), Literals.IMPORT, IssueCodes.IMPORT_NOT_FOUND, text.indexOf("nothing.here.At"),
				"nothing.here.At".length(), "There is nothing named 'nothing.here.At' to import; check the name and that the file declaring it is loaded.");
	}
}
