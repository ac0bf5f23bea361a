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
					low/medium · V1 V2 [[46, 6] .. [46, 13]]
					low/medium · V1 V2 [[50, 6] .. [50, 23]]
					medium/medium · V1 V2 V3 [[54, 6] .. [54, 22]]
					low/low · V1 [[58, 6] .. [58, 18]]
					low/medium · V1 V2 [[22, 9] .. [22, 19]]
					no rated risk in Wards [[27, 9] .. [27, 19]]
					low/low · V1 [[29, 9] .. [29, 16]]
					medium/medium · V1 V2 V3 [[32, 9] .. [32, 14]]
					no rated risk in Wards [[34, 9] .. [34, 17]]
					""");
		});
	}

	@Test
	public void anElementInSeveralUsagesShowsEachAndAnUnratedRiskSaysWhichAxis() {
		testCodeLens(config -> {
			config.setModel("""
					system S {
						element E kind sensor layer 2
						usage A elements E
						usage B elements E
						risk R1 in A on E recovery high economic low
						risk R2 in B on E recovery low
					}
					""");
			config.setExpectedCodeLensItems("""
					high/low · V1 V2 V3 V4 [[4, 6] .. [4, 8]]
					not categorized: no rating on economic [[5, 6] .. [5, 8]]
					A high/low · V1 V2 V3 V4; no rated risk in B [[1, 9] .. [1, 10]]
					""");
		});
	}
}
