// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.codelens;

import org.iotssf.dsl.ide.server.AbstractSsfLanguageServerTest;
import org.junit.jupiter.api.Test;

public class SsfCodeLensServiceTest extends AbstractSsfLanguageServerTest {

	@Test
	public void everyRiskAndElementShowsItsCategoryAndViewpoints() {
		testCodeLens(config -> {
			config.setModel(example("hospital-hvac.ssf"));
			config.setExpectedCodeLensItems("""
					low/medium · V1 V2 [[48, 6] .. [48, 13]]
					low/medium · V1 V2 [[52, 6] .. [52, 23]]
					medium/medium · V1 V2 V3 [[56, 6] .. [56, 22]]
					low/low · V1 [[60, 6] .. [60, 18]]
					low/medium · V1 V2 [[23, 9] .. [23, 19]]
					no rated risk in Wards [[28, 9] .. [28, 19]]
					low/low · V1 [[30, 9] .. [30, 16]]
					medium/medium · V1 V2 V3 [[33, 9] .. [33, 14]]
					no rated risk in Wards [[35, 9] .. [35, 17]]
					""");
		});
	}

	/** An element in two usages, one where its risk is unrated, and an element in none. */
	private static final String USAGES = """
			system S {
				element E kind sensor layer 2
				element F kind sensor layer 2
				usage A elements E
				usage B elements E
				risk R1 in A on E recovery high economic low
				risk R2 in B on E recovery low
			}
			""";

	@Test
	public void anElementInSeveralUsagesShowsEachAndAnUnratedRiskSaysWhichAxis() {
		testCodeLens(config -> {
			config.setModel(USAGES);
			config.setExpectedCodeLensItems("""
					high/low · V1 V2 V3 V4 [[5, 6] .. [5, 8]]
					not categorized: no rating on economic [[6, 6] .. [6, 8]]
					A high/low · V1 V2 V3 V4; no rated risk in B [[1, 9] .. [1, 10]]
					in no usage: not categorized [[2, 9] .. [2, 10]]
					""");
		});
	}

	@Test
	public void aJapaneseClientReadsTheLensesInTheFrameworksTerms() {
		testCodeLens(config -> {
			config.setInitializer(params -> params.setLocale("ja-JP"));
			config.setModel(USAGES);
			// level, axis, usage and viewpoint names are the model's and the method's
			config.setExpectedCodeLensItems("""
					high/low · V1 V2 V3 V4 [[5, 6] .. [5, 8]]
					カテゴリ未決定：economic の評価がない [[6, 6] .. [6, 8]]
					A high/low · V1 V2 V3 V4; B に評価済みのリスクなし [[1, 9] .. [1, 10]]
					どの利用形態にも含まれず、カテゴリ未決定 [[2, 9] .. [2, 10]]
					""");
		});
	}
}
