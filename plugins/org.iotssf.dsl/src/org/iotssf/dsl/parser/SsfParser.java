// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.parser;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;

/**
 * The parser of the language, reading CR, LF and CRLF line ends alike. A lone carriage return is read
 * as a line feed: the text keeps its length, so every offset stays that of the file, while the lexer
 * (whose comment rule expects LF after CR) and Xtext's line computation (which fails on a CR at the
 * end of the text) see the line ends they handle.
 */
public class SsfParser extends org.iotssf.dsl.parser.antlr.SsfParser {

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
		String text = in.substring(0, in.size() - 1);
		String normalized = LineEnds.loneCarriageReturnsAsLineFeeds(text);
		return super.doParse(ruleName, normalized == text ? in : new ANTLRStringStream(normalized), builder,
				initialLookAhead);
	}
}
