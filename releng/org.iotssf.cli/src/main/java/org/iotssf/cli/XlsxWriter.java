// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iotssf.model.support.Text;
import org.iotssf.report.Workbook;

/**
 * Writes a {@link Workbook} as an Office Open XML workbook with Apache POI: every cell a text cell (model
 * text is never a formula), a bold frozen header row with a filter, column widths from the content, and
 * drop-down lists for ratings, whose values sit on a hidden sheet so that any level name works.
 */
final class XlsxWriter {

	/** Excel's limit on the characters of a cell. */
	static final int MAX_CELL_CHARS = 32_767;
	/** Rows below the data that still offer a rating's drop-down list, for risks added by hand. */
	static final int SPARE_ROWS = 200;
	/** The widest column, in characters. */
	static final int MAX_WIDTH = 60;

	static {
		// POI logs through the Log4j API, which complains on stderr when no logging back end is present:
		// give it its own simple one, silent, unless the user configured another
		setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		setIfAbsent("log4j2.simplelogLevel", "OFF");
		setIfAbsent("log4j2.statusLoggerLevel", "OFF");
	}

	private XlsxWriter() {
	}

	private static void setIfAbsent(String property, String value) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, value);
		}
	}

	static byte[] write(Workbook content, String listsSheetName) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			CellStyle header = headerStyle(workbook);
			CellStyle text = workbook.createCellStyle();
			text.setWrapText(true);
			text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			List<Runnable> dropDowns = new java.util.ArrayList<>();
			int[] listColumn = { 0 };
			XSSFSheet[] lists = { null };
			for (Workbook.Sheet sheet : content.sheets()) {
				XSSFSheet s = workbook.createSheet(sheet.name());
				int[] widths = new int[sheet.header().size()];
				row(s, 0, sheet.header(), header, widths);
				for (int r = 0; r < sheet.rows().size(); r++) {
					row(s, r + 1, sheet.rows().get(r), text, widths);
				}
				for (int c = 0; c < widths.length; c++) {
					s.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(8, widths[c] + 2)) * 256);
				}
				s.createFreezePane(0, 1);
				if (!sheet.header().isEmpty()) {
					s.setAutoFilter(new CellRangeAddress(0, Math.max(1, sheet.rows().size()), 0, sheet.header().size() - 1));
				}
				for (Map.Entry<Integer, List<String>> choice : sheet.choices().entrySet()) {
					if (!choice.getValue().isEmpty()) {
						dropDowns.add(() -> {
							String range = list(lists[0], listColumn[0]++, choice.getValue());
							dropDown(s, choice.getKey(), sheet.rows().size() + SPARE_ROWS, range);
						});
					}
				}
			}
			if (!dropDowns.isEmpty()) {
				// the lists go on a hidden sheet after the others, so the visible sheets keep their order
				lists[0] = workbook.createSheet(listsSheetName);
				workbook.setSheetHidden(workbook.getSheetIndex(lists[0]), true);
				dropDowns.forEach(Runnable::run);
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static CellStyle headerStyle(XSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		style.setFont(bold);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		style.setWrapText(true);
		return style;
	}

	private static void row(XSSFSheet sheet, int index, List<String> values, CellStyle style, int[] widths) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < values.size(); c++) {
			Cell cell = row.createCell(c);
			String value = cellText(values.get(c));
			cell.setCellValue(value);
			cell.setCellStyle(style);
			if (c < widths.length) {
				widths[c] = Math.max(widths[c], width(value));
			}
		}
	}

	/** The values of a list in a column of the hidden sheet; returns the absolute range for the validation. */
	private static String list(XSSFSheet lists, int column, List<String> values) {
		for (int r = 0; r < values.size(); r++) {
			Row row = lists.getRow(r) != null ? lists.getRow(r) : lists.createRow(r);
			row.createCell(column).setCellValue(cellText(values.get(r)));
		}
		String col = CellReference.convertNumToColString(column);
		return "'" + lists.getSheetName().replace("'", "''") + "'!$" + col + "$1:$" + col + "$" + values.size();
	}

	private static void dropDown(XSSFSheet sheet, int column, int lastRow, String range) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createFormulaListConstraint(range);
		DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, lastRow, column, column));
		validation.setShowErrorBox(true);
		validation.setSuppressDropDownArrow(true);
		sheet.addValidationData(validation);
	}

	/** The text a cell can hold: lone surrogates replaced, cut at a character boundary to Excel's limit. */
	static String cellText(String text) {
		if (text == null) {
			return "";
		}
		String value = text;
		for (int at = Text.loneSurrogateIndex(value); at >= 0; at = Text.loneSurrogateIndex(value)) {
			value = value.substring(0, at) + '\uFFFD' + value.substring(at + 1);
		}
		return value.length() <= MAX_CELL_CHARS ? value : Text.clip(value, MAX_CELL_CHARS - 1);
	}

	/** The display width of the longest line of a text, wide characters counting two. */
	private static int width(String text) {
		int widest = 0;
		int current = 0;
		for (int i = 0; i < text.length() && widest < MAX_WIDTH; i += Character.charCount(text.codePointAt(i))) {
			int c = text.codePointAt(i);
			if (c == '\n') {
				current = 0;
				continue;
			}
			current += Text.width(c);
			widest = Math.max(widest, current);
		}
		return widest;
	}
}
