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
public class RiskValidatorTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private ValidationTestHelper validation;

	static String system(String risks) {
		return """
				system S {
					uses method iotssf.default
					stakeholder Maker roles manufacturer
					element Cam "Camera" kind sensor layer 2 maker Maker
					element Hub "Hub" kind gateway layer 2 maker Maker
					element Other "Other" kind gateway layer 2
					flow Cam -> Hub data
					usage Home elements Cam, Hub
					usage Shop elements Other
				%s
				}
				""".formatted(risks);
	}

	@Test
	public void riskRatedOnOneAxisOnlyIsAnError() throws Exception {
		String text = system("risk R in Home on Cam impacts privacyHonor recovery medium\nrisk R2 in Shop on Other impacts assets recovery low economic low");
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.RISK, IssueCodes.RISK_MISSING_RATING, text.indexOf("R in"), 1,
				"Risk 'R' is not rated on axis 'economic' (Economic impact) of method iotssf.default; add 'economic <level>' with one of: low, medium, high.");
	}

	@Test
	public void ratingAnAxisTwiceIsAnError() throws Exception {
		String text = system("risk R in Home on Cam impacts assets recovery low economic low recovery high\nrisk R2 in Shop on Other impacts assets recovery low economic low");
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.AXIS_RATING, IssueCodes.RISK_DUPLICATE_RATING, text.lastIndexOf("recovery high"), 8,
				"Risk 'R' is rated twice on axis 'recovery'; keep one rating per axis.");
	}

	@Test
	public void aLevelOfAnotherAxisOrMethodIsNamedWithItsValidLevels() throws Exception {
		String text = system("risk R in Home on Cam impacts assets recovery severe economic low\nrisk R2 in Shop on Other impacts assets recovery low economic low");
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.AXIS_RATING, IssueCodes.LEVEL_NOT_OF_AXIS, text.indexOf("severe"), 6,
				"'severe' is not a level of axis 'recovery'; use one of: low, medium, high.");
	}

	@Test
	public void riskOnAnElementOutsideItsUsageIsAnError() throws Exception {
		String text = system("risk R in Home on Other impacts assets recovery low economic low\nrisk R2 in Shop on Other impacts assets recovery low economic low");
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.RISK, IssueCodes.RISK_ELEMENT_NOT_IN_USAGE, text.indexOf("Other impacts"), 5,
				"Risk 'R' is on 'Other', which is not used in usage 'Home'; add it to that usage's elements, or rate the risk in a usage that has it.");
	}

	@Test
	public void physicalCyberSplitMustMatchTheRating() throws Exception {
		String text = system("risk R in Home on Cam impacts assets recovery low (physical medium, cyber low) economic low\nrisk R2 in Shop on Other impacts assets recovery low economic low");
		SsfModel model = support.parse(text);
		validation.assertWarning(model, Literals.AXIS_RATING, IssueCodes.RATING_SPLIT_MISMATCH, text.indexOf("low (physical"), 3,
				"The rating on 'recovery' is 'low' but the worse of its physical and cyber parts is 'medium'; rate the axis at the worse part, or correct the split.");
	}

	@Test
	public void asilClassesOutsideTheirRangeAreErrors() throws Exception {
		String text = system("risk R in Home on Cam impacts lifeBody recovery low economic low severity 4 exposure 4 controllability 3\nrisk R2 in Shop on Other impacts assets recovery low economic low");
		SsfModel model = support.parse(text);
		validation.assertError(model, Literals.RISK, IssueCodes.ASIL_CLASS_OUT_OF_RANGE, text.indexOf("4 exposure"), 1,
				"ISO 26262 severity classes run from S0 to S3; write 'severity 0' to 'severity 3'.");
		org.junit.jupiter.api.Assertions.assertEquals(1, validation.validate(model).stream()
				.filter(i -> IssueCodes.ASIL_CLASS_OUT_OF_RANGE.equals(i.getCode())).count());
	}

	@Test
	public void riskWithoutImpactIsAWarning() throws Exception {
		String text = system("risk R in Home on Cam recovery low economic low\nrisk R2 in Shop on Other impacts assets recovery low economic low");
		SsfModel model = support.parse(text);
		validation.assertWarning(model, Literals.RISK, IssueCodes.RISK_WITHOUT_IMPACT, text.indexOf("R in"), 1);
		validation.assertNoErrors(model);
	}

	@Test
	public void aUserMethodWithFourLevelsRatesItsOwnAxes() throws Exception {
		SsfModel model = support.parse("""
				method four.levels {
					axis harm { level ^none level minor level major level fatal }
					axis money { level small level large }
				}
				system S {
					uses method four.levels
					element Cam kind sensor layer 2
					usage Home elements Cam
					risk R in Home on Cam impacts lifeBody harm fatal money small
				}
				""");
		validation.assertNoIssues(model);
	}

	@Test
	public void harmToLifeAndBodyRatedAtTheLowestRecoveryLevelIsQuestioned() throws Exception {
		String text = """
				system S {
					uses method iotssf.default
					element Cam kind sensor layer 2
					usage Home elements Cam
					risk R in Home on Cam impacts lifeBody, assets recovery low economic medium
					risk Explained in Home on Cam impacts lifeBody recovery low economic medium rationale "The heater only warms a storeroom"
					risk Higher in Home on Cam impacts lifeBody recovery medium economic medium
					risk Goods in Home on Cam impacts assets recovery low economic medium
				}
				""";
		SsfModel model = support.parse(text);
		validation.assertWarning(model, Literals.AXIS_RATING, IssueCodes.IMPACT_RATED_LOWEST, text.indexOf("low economic medium\n"), 3,
				"Risk 'R' impacts lifeBody, which method iotssf.default rates on axis 'recovery', but is rated at its lowest level 'low' "
						+ "(METI's answer to comment 11-3 puts harm to life and body on the difficulty of recovery); rate it higher, or give the "
						+ "reason in a 'rationale'.");
		validation.assertIssue(model, Literals.AXIS_RATING, IssueCodes.IMPACT_RATED_LOWEST, text.indexOf("low economic medium rationale"), 3,
				org.eclipse.xtext.diagnostics.Severity.INFO,
				"Risk 'Explained' impacts lifeBody, which method iotssf.default rates on axis 'recovery', but is rated at its lowest level 'low' "
						+ "(METI's answer to comment 11-3 puts harm to life and body on the difficulty of recovery); its rationale gives the reason.");
		org.junit.jupiter.api.Assertions.assertEquals(2, validation.validate(model).stream()
				.filter(issue -> IssueCodes.IMPACT_RATED_LOWEST.equals(issue.getCode())).count(), "not for 'Higher' nor for 'Goods'");
	}
}
