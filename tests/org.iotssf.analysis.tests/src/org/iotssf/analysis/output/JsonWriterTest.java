// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

public class JsonWriterTest {

	@Test
	public void writesIndentedJsonInTheOrderGiven() {
		String json = new JsonWriter().beginObject().field("a", "x\"y\n").field("b", 2).name("c").beginArray().value(true).nullValue()
				.endArray().field("d", List.of()).name("e").beginObject().endObject().endObject().toString();
		assertEquals("""
				{
				  "a": "x\\"y\\n",
				  "b": 2,
				  "c": [
				    true,
				    null
				  ],
				  "d": [],
				  "e": {}
				}
				""", json);
	}

	@Test
	public void escapesControlCharactersAndKeepsJapanese() {
		assertEquals("[\n  \"\\u0001回復\"\n]\n", new JsonWriter().beginArray().value("\u0001回復").endArray().toString());
	}
}
