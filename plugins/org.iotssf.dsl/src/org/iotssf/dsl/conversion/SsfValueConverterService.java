// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.iotssf.model.support.Text;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Value converters of the .ssf language: monetary amounts are longs, beyond the range of INT; strings
 * may not hold half of a surrogate pair. One per injector: the converters are collected from the grammar
 * on first use, which costs milliseconds, and Guice does not inherit the base class's {@code @Singleton}.
 */
@Singleton
public class SsfValueConverterService extends DefaultTerminalConverters {

	private final IValueConverter<Long> amount = new AbstractNullSafeConverter<>() {
		@Override
		protected Long internalToValue(String string, INode node) {
			try {
				return Long.valueOf(string.trim());
			} catch (NumberFormatException e) {
				throw new ValueConverterException("The amount '" + Text.clip(string.trim(), 40)
						+ "' is too large; amounts go up to " + Long.MAX_VALUE + ".", node, e);
			}
		}

		@Override
		protected String internalToString(Long value) {
			return value.toString();
		}
	};

	@Inject
	private SsfStringValueConverter string;

	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return string;
	}

	@Override
	@ValueConverter(rule = "org.eclipse.xtext.common.Terminals.STRING")
	public IValueConverter<String> TerminalsSTRING() {
		return string;
	}

	@ValueConverter(rule = "Amount")
	public IValueConverter<Long> Amount() {
		return amount;
	}
}
