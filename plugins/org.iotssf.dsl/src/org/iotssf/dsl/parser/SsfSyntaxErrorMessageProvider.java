// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.iotssf.model.support.Text;

/** Rewrites ANTLR's syntax errors into sentences a model author can act on. */
public class SsfSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	/** The issue code of every syntax error. */
	public static final String SYNTAX_ERROR = "iotssf.syntaxError";

	/** How much of an unexpected token a message repeats. */
	private static final int MAX_ECHOED = 80;

	private static final Pattern MISMATCHED = Pattern.compile("(?:mismatched|extraneous) input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) '(.*)'", Pattern.DOTALL);

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(rewrite(context.getDefaultMessage()), SYNTAX_ERROR);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), SYNTAX_ERROR);
	}

	/** Turns one ANTLR message into a full sentence; unknown shapes are kept, capitalized. */
	public static String rewrite(String message) {
		if (message == null) {
			return "The text cannot be parsed here.";
		}
		Matcher m = MISMATCHED.matcher(message);
		if (m.matches()) {
			return "Unexpected " + token(m.group(1)) + "; expected " + expected(m.group(2)) + ".";
		}
		m = MISSING.matcher(message);
		if (m.matches()) {
			return "Missing " + expected(m.group(1)) + " before " + token(m.group(2)) + ".";
		}
		m = NO_VIABLE.matcher(message);
		if (m.matches()) {
			return "Unexpected " + token(m.group(1))
					+ ": no statement here starts like this; check the keyword and the line before it.";
		}
		String clipped = Text.clip(message, 4 * MAX_ECHOED);
		return Character.toUpperCase(clipped.charAt(0)) + clipped.substring(1) + (clipped.endsWith(".") ? "" : ".");
	}

	private static String token(String text) {
		return "<EOF>".equals(text) ? "end of file" : "'" + Text.clip(text, MAX_ECHOED).replace("\n", "\\n").replace("\r", "\\r") + "'";
	}

	private static String expected(String antlr) {
		return antlr.replace("RULE_ID", "a name").replace("RULE_STRING", "a quoted string")
				.replace("RULE_INT", "a number").replace("EOF", "the end of the file");
	}
}
