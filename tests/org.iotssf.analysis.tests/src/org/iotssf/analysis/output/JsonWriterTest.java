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

	@Test
	public void streamsTheSameTextInChunksWithoutHoldingItWhole() {
		StringBuilder sink = new StringBuilder();
		List<Integer> chunks = new java.util.ArrayList<>();
		Appendable counting = new Appendable() {
			@Override
			public Appendable append(CharSequence text) {
				chunks.add(text.length());
				sink.append(text);
				return this;
			}

			@Override
			public Appendable append(CharSequence text, int start, int end) {
				return append(text.subSequence(start, end));
			}

			@Override
			public Appendable append(char c) {
				return append(String.valueOf(c));
			}
		};
		JsonWriter streamed = new JsonWriter(counting);
		JsonWriter inMemory = new JsonWriter();
		for (JsonWriter json : List.of(streamed, inMemory)) {
			json.beginArray();
			for (int i = 0; i < 20_000; i++) {
				json.beginObject().field("n", i).field("text", "値 " + i).endObject();
			}
			json.endArray();
		}
		streamed.finish();
		assertEquals(inMemory.toString(), sink.toString());
		assertEquals(true, chunks.size() > 10, "chunks: " + chunks.size());
		assertEquals(true, chunks.stream().allMatch(c -> c < 70_000), "a chunk held too much");
	}
}
