package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The worksheet XML as Excel and other writers produce it, read cell by cell. */
class XlsxSheetHandlerTest {

    static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    static List<TableRow> read(String sheetData, List<String> shared) throws Exception {
        List<TableRow> rows = new ArrayList<>();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XlsxSheetHandler(shared, null, new CellText(), rows::add, new ColumnFocus()));
        parser.parse(new InputSource(new StringReader(
                "<worksheet xmlns=\"" + NS + "\"><sheetData>" + sheetData + "</sheetData></worksheet>")));
        return rows;
    }

    @Test
    void reads_every_kind_of_cell_as_a_loader_expects_it() throws Exception {
        List<TableRow> rows = read("""
                <row r="3">
                  <c r="A3" t="s"><v>1</v></c>
                  <c r="B3" t="inlineStr"><is><r><t>Local </t></r><r><t>Area</t></r></is></c>
                  <c r="C3"><v>2</v></c>
                  <c r="D3"><v>5.25</v></c>
                  <c r="E3" t="b"><v>1</v></c>
                  <c r="F3" t="e"><v>#N/A</v></c>
                  <c r="G3" t="str"><f>CONCAT("S","P2")</f><v>SP2</v></c>
                  <c r="I3" t="s"><v>0</v></c>
                </row>""", List.of("zero", "EAST-DC01"));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.cells()).containsExactly("EAST-DC01", "Local Area", "2", "5.25", "TRUE", "#N/A", "SP2",
                    null, "zero");
        });
    }

    @Test
    void rows_and_cells_without_references_follow_on() throws Exception {
        List<TableRow> rows = read("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>7</v></c></row>"
                + "<row><c t=\"b\"><v>0</v></c></row>", List.of());
        assertThat(rows).extracting(TableRow::number).containsExactly(1, 2);
        assertThat(rows.get(0).cells()).containsExactly("a", "7");
        assertThat(rows.get(1).cells()).containsExactly("FALSE");
    }

    @Test
    void shared_strings_join_their_runs_and_leave_phonetic_runs_out() throws Exception {
        String sst = "<sst xmlns=\"" + NS + "\"><si><t>Host</t></si><si><r><t>Server </t></r><r><t>2003</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si><si><t/></si></sst>";
        List<String> strings = XlsxSharedStrings.read(new ByteArrayInputStream(sst.getBytes(StandardCharsets.UTF_8)));
        assertThat(strings).containsExactly("Host", "Server 2003", "");
    }

    @Test
    void a_column_reference_reads_as_its_index() {
        assertThat(Arrays.asList(XlsxSheetHandler.columnOf("A1"), XlsxSheetHandler.columnOf("Z9"),
                XlsxSheetHandler.columnOf("AA10"), XlsxSheetHandler.columnOf("AB17"))).containsExactly(0, 25, 26, 27);
    }
}
