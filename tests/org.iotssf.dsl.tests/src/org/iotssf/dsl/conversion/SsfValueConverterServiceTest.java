// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SsfValueConverterServiceTest {

	@Inject
	private SsfValueConverterService converters;

	@Test
	public void amountsGoBeyondTheRangeOfInt() {
		assertEquals(10_000_000_000L, converters.toValue("10000000000", "Amount", null));
	}

	@Test
	public void amountsBeyondLongAreRejectedWithAReason() {
		ValueConverterException e = assertThrows(ValueConverterException.class,
				() -> converters.toValue("99999999999999999999", "Amount", null));
		assertEquals("The amount '99999999999999999999' is too large; amounts go up to 9223372036854775807.", e.getMessage());
	}
}
