// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the HTML reports in a real headless Chromium: no console errors, the three charts present and
 * drawn, model text shown as text; keeps a screenshot in target/screenshots.
 */
class ReportBrowserIT {

	private static final Path OUT = Path.of("target", "browser-report");
	private static final Path SHOTS = Path.of("target", "screenshots");
	private static final String CHROMIUM = "/usr/bin/chromium";

	@BeforeAll
	static void writeReports() throws Exception {
		assertTrue(Files.isExecutable(Path.of(CHROMIUM)), "Debian's chromium is needed (releng/browser/ensure-chromium.sh installs it)");
		Files.createDirectories(OUT);
		Path xss = OUT.resolve("xss.ssf");
		Files.writeString(xss, """
				system Xss "<script>alert(1)</script>" {
					stakeholder S "<script>alert(2)</script>" roles manufacturer
					element E "<img src=x onerror=alert(3)>" kind sensor layer 2 maker S
					usage U elements E
					risk R "<script>alert(4)</script>" in U on E impacts assets recovery medium economic low
				}
				""");
		assertEquals(ExitCodes.OK, CliRun.of("report", "../../examples/hospital-hvac.ssf", xss.toString(), "-o", OUT.toString(),
				"--format", "html").code());
		assertEquals(ExitCodes.OK, CliRun.of("report", "../../examples/hospital-hvac.ssf", "-o", OUT.resolve("ja").toString(), "--format", "html",
				"--lang", "ja").code());
	}

	private static String[] chromium(String url, String... extra) throws Exception {
		List<String> command = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath(), "--enable-logging=stderr", "--v=0"));
		command.addAll(List.of(extra));
		command.add(url);
		Process process = new ProcessBuilder(command).start();
		var out = process.getInputStream().readAllBytes();
		var err = process.getErrorStream().readAllBytes();
		assertTrue(process.waitFor(90, TimeUnit.SECONDS), "chromium did not finish");
		return new String[] { new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8) };
	}

	private static String url(String file) {
		return OUT.resolve(file).toAbsolutePath().toUri().toString();
	}

	@Test
	void theReportOpensWithoutConsoleErrorsAndShowsItsThreeCharts() throws Exception {
		String[] run = chromium(url("HospitalHvac.html"), "--dump-dom");
		assertFalse(run[1].contains("CONSOLE"), run[1]);
		String dom = run[0];
		for (String chart : List.of("chart-map", "chart-matrix", "chart-diagram")) {
			int start = dom.indexOf("id=\"" + chart + "\"");
			assertTrue(start > 0, chart);
			String svg = dom.substring(start, dom.indexOf("</svg>", start));
			Matcher shapes = Pattern.compile("<(rect|circle|polyline|line) ").matcher(svg);
			int count = 0;
			while (shapes.find()) {
				count++;
			}
			assertTrue(count >= 10, chart + " has " + count + " shapes");
		}
	}

	@Test
	void theJapaneseReportOpensWithItsChartsAndEverySectionItsContentsNames() throws Exception {
		String[] run = chromium(url("ja/HospitalHvac.html"), "--dump-dom");
		assertFalse(run[1].contains("CONSOLE"), run[1]);
		String dom = run[0];
		assertTrue(dom.contains("<html lang=\"ja\">"), "lang");
		for (String words : List.of("第1軸（回復困難性）", "第2軸（経済的影響）", "カテゴリ分けの結果", "未対応項目", "確認レベル", "機器・システム")) {
			assertTrue(dom.contains(words), words);
		}
		for (String chart : List.of("chart-map", "chart-matrix", "chart-diagram")) {
			assertTrue(dom.contains("id=\"" + chart + "\""), chart);
		}
		Matcher links = Pattern.compile("<a href=\"#([a-z]+)\">").matcher(dom);
		int sections = 0;
		while (links.find()) {
			assertTrue(dom.contains("<section id=\"" + links.group(1) + "\">"), links.group(1));
			sections++;
		}
		assertTrue(sections >= 12, sections + " sections in the contents");
		Files.createDirectories(SHOTS);
		Path shot = SHOTS.resolve("HospitalHvac-ja.png").toAbsolutePath();
		chromium(url("ja/HospitalHvac.html"), "--window-size=1200,3000", "--screenshot=" + shot);
		assertTrue(Files.size(shot) > 20_000, "screenshot of " + Files.size(shot) + " bytes");
	}

	@Test
	void modelTextIsShownAsTextNeverRun() throws Exception {
		String dom = chromium(url("Xss.html"), "--dump-dom")[0];
		assertFalse(dom.contains("<script"), "a script element reached the page");
		assertFalse(dom.contains("<img"), "an img element reached the page");
		assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), dom);
	}

	@Test
	void keepsAScreenshot() throws Exception {
		Files.createDirectories(SHOTS);
		Path shot = SHOTS.resolve("HospitalHvac.png").toAbsolutePath();
		Files.deleteIfExists(shot);
		chromium(url("HospitalHvac.html"), "--window-size=1200,3000", "--screenshot=" + shot);
		assertTrue(Files.size(shot) > 20_000, "screenshot of " + Files.size(shot) + " bytes");
	}
}
