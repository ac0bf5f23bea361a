// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.report.Messages;
import org.iotssf.report.Reports;
import org.iotssf.report.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --format xlsx}: the workbook is read back with POI and every cell compared with the
 * analysis of the same models; headers are frozen and filtered, ratings are drop-down lists of the
 * method's levels, and model text that looks like a formula stays text.
 */
class XlsxReportTest {

	private static final String DATE = "2026-01-15";

	@Test
	void everyCellOfTheWorkbookIsTheAnalysisInBothLanguages(@TempDir Path dir) throws Exception {
		List<String> models = List.of(CheckCommandTest.EXAMPLES + "/hospital-hvac.ssf", CheckCommandTest.EXAMPLES + "/smart-home-shutters.ssf",
				CheckCommandTest.EXAMPLES + "/remote-boiler-monitoring.ssf");
		for (String language : List.of("en", "ja")) {
			Path out = dir.resolve(language);
			List<String> args = new ArrayList<>(List.of("report", "-o", out.toString(), "--format", "xlsx", "--lang", language, "--as-of", DATE));
			args.addAll(models);
			CliRun run = CliRun.of(args.toArray(String[]::new));
			assertEquals(ExitCodes.OK, run.code(), run.err());
			assertEquals("Wrote 1 files to " + out + ".\n", run.err(), "nothing else on stderr (no logging noise)");
			Workbook expected = expected(models, language);
			try (InputStream in = Files.newInputStream(out.resolve(Reports.WORKBOOK)); XSSFWorkbook actual = new XSSFWorkbook(in)) {
				assertEquals(expected.sheets().size() + 1, actual.getNumberOfSheets(), "the sheets and the hidden sheet of lists");
				for (int i = 0; i < expected.sheets().size(); i++) {
					Workbook.Sheet sheet = expected.sheets().get(i);
					XSSFSheet read = actual.getSheetAt(i);
					assertEquals(sheet.name(), read.getSheetName());
					assertTrue(!actual.isSheetHidden(i));
					assertEquals(sheet.header(), texts(read.getRow(0), sheet.header().size()), sheet.name());
					assertEquals(sheet.rows().size(), read.getLastRowNum(), sheet.name() + ": one row per result");
					for (int r = 0; r < sheet.rows().size(); r++) {
						assertEquals(sheet.rows().get(r), texts(read.getRow(r + 1), sheet.rows().get(r).size()), sheet.name() + " row " + (r + 1));
					}
					assertTrue(read.getPaneInformation() != null && read.getPaneInformation().isFreezePane()
							&& read.getPaneInformation().getHorizontalSplitPosition() == 1, sheet.name() + ": frozen header");
					assertTrue(read.getCTWorksheet().isSetAutoFilter(), sheet.name() + ": filter");
					assertTrue(read.getColumnWidth(0) >= 8 * 256);
					assertEquals(sheet.choices().keySet(), dropDowns(actual, read).keySet(), sheet.name() + ": drop-down columns");
					for (Map.Entry<Integer, List<String>> list : dropDowns(actual, read).entrySet()) {
						assertEquals(sheet.choices().get(list.getKey()), list.getValue());
					}
				}
				assertTrue(actual.isSheetHidden(expected.sheets().size()));
			}
			Workbook.Sheet risks = expected.sheets().get(0);
			assertEquals(language.equals("ja") ? List.of("小", "中", "大") : List.of("low", "medium", "high"), risks.choices().values().iterator().next());
			assertTrue(risks.rows().stream().anyMatch(row -> row.contains(language.equals("ja") ? "中" : "medium")));
		}
	}

	@Test
	void modelTextThatLooksLikeAFormulaStaysText(@TempDir Path dir) throws Exception {
		String model = Files.readString(Path.of(CheckCommandTest.EXAMPLES, "hospital-hvac.ssf"))
				.replace("\"Heating and cooling stopped by a denial-of-service attack\"", "\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"")
				.replace("\"A leak of settings has little direct economic effect; recoverable, for example by a software update\"", "\"+1+2\"");
		Path file = dir.resolve("formula.ssf");
		Files.writeString(file, model);
		CliRun run = CliRun.of("report", file.toString(), "-o", dir.resolve("out").toString(), "--format", "xlsx");
		assertEquals(ExitCodes.OK, run.code(), run.err());
		try (InputStream in = Files.newInputStream(dir.resolve("out").resolve(Reports.WORKBOOK)); XSSFWorkbook book = new XSSFWorkbook(in)) {
			int formulas = 0;
			List<String> values = new ArrayList<>();
			for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						formulas += cell.getCellType() == CellType.FORMULA ? 1 : 0;
						values.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "");
					}
				}
			}
			assertEquals(0, formulas);
			assertTrue(values.contains("=HYPERLINK(\"http://x\",\"y\")") && values.contains("+1+2"), values.toString());
		}
	}

	@Test
	void aCellIsCutAtACharacterBoundaryToExcelsLimit() {
		String emoji = "😀";
		String text = "a" + emoji.repeat(XlsxWriter.MAX_CELL_CHARS);
		String cut = XlsxWriter.cellText(text);
		assertTrue(cut.length() <= XlsxWriter.MAX_CELL_CHARS && cut.endsWith("…"), "length " + cut.length());
		assertTrue(!Character.isHighSurrogate(cut.charAt(cut.length() - 2)), "no half of a surrogate pair before the ellipsis");
		assertEquals("a\uFFFDb", XlsxWriter.cellText("a\uD800b"));
	}

	private static Workbook expected(List<String> models, String language) {
		AnalysisRun run = AnalysisRun.load(SourceFiles.expand(models), new PrintWriter(new StringWriter()));
		List<SystemAnalysis> analyses = run.analyze(LocalDate.parse(DATE));
		Reports.Request request = new Reports.Request(analyses, Set.of("xlsx"), Messages.of(language), LocalDate.parse(DATE), run.locator(),
				List.of(), "test");
		return Reports.workbook(request);
	}

	/** The cells of a row as text; every cell must be a text cell. */
	private static List<String> texts(Row row, int size) {
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < size; c++) {
			Cell cell = row.getCell(c);
			assertTrue(cell != null && cell.getCellType() == CellType.STRING, "text cell " + new CellReference(row.getRowNum(), c).formatAsString());
			texts.add(cell.getStringCellValue());
		}
		return texts;
	}

	/** The drop-down lists of a sheet by column, with the values of the range they name. */
	private static Map<Integer, List<String>> dropDowns(XSSFWorkbook book, XSSFSheet sheet) {
		Map<Integer, List<String>> lists = new java.util.TreeMap<>();
		for (DataValidation validation : sheet.getDataValidations()) {
			CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
			assertEquals(range.getFirstColumn(), range.getLastColumn());
			assertEquals(1, range.getFirstRow(), "from the first row below the header");
			AreaReference area = new AreaReference(validation.getValidationConstraint().getFormula1(), book.getSpreadsheetVersion());
			org.apache.poi.ss.usermodel.Sheet source = book.getSheet(area.getFirstCell().getSheetName());
			List<String> values = new ArrayList<>();
			for (CellReference ref : area.getAllReferencedCells()) {
				values.add(source.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
			}
			lists.put(range.getFirstColumn(), values);
		}
		return lists;
	}
}
