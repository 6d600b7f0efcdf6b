package org.kbaudit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbaudit.ingest.Workbooks.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.kbaudit.domain.Rejection;

/** A file that cannot be read as a workbook is one clean rejection naming it: never a stack trace. */
class WorkbookFileFailuresTest {

    @TempDir
    Path dir;

    private static final Workbooks.Book BOOK = new Workbooks.Book().sheet("Servers",
            List.of(row("Host", "OS"), row("EAST-01", "Windows Server 2003")));

    private Rejection onlyRejection(Path file) {
        CollectingSink sink = new CollectingSink();
        new WorkbookInventoryFormat().read(file, file.getFileName().toString(), sink);
        assertThat(sink.servers).isEmpty();
        assertThat(sink.rejections).hasSize(1);
        Rejection r = sink.rejections.get(0);
        assertThat(r.source()).isEqualTo(file.getFileName().toString());
        assertThat(r.location()).as("the whole file, or a place in a sheet's XML").matches("|sheet '.*', XML line \\d+, column \\d+");
        assertThat(r.reason()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
        return r;
    }

    @Test
    void textNamedXlsxIsNotAWorkbook() throws IOException {
        Path file = Files.writeString(dir.resolve("fleet.xlsx"), "Host,OS\nEAST-01,Windows\n");
        assertThat(onlyRejection(file).reason()).startsWith("not a workbook");
    }

    @Test
    void anEmptyFileIsNotAWorkbook() throws IOException {
        assertThat(onlyRejection(Files.createFile(dir.resolve("empty.xls"))).reason()).contains("empty");
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(Workbooks.xlsx(dir.resolve("whole.xlsx"), BOOK));
        Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        assertThat(onlyRejection(file).reason()).contains("damaged").contains("Truncated ZIP").doesNotContain(dir.toString());
    }

    @Test
    void aWordDocumentContainerIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("memo.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThat(onlyRejection(file).reason()).startsWith("not a workbook");
    }

    @Test
    void anEncryptedXlsxIsRefusedInPlainWords() throws Exception {
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook workbook = new XSSFWorkbook()) {
            Workbooks.fill(workbook, BOOK);
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                workbook.write(data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(onlyRejection(file).reason()).contains("encrypted");
    }

    @Test
    void anEncryptedXlsIsRefusedInPlainWords() throws IOException {
        Path file = dir.resolve("locked.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Workbooks.fill(workbook, BOOK);
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThat(onlyRejection(file).reason()).contains("encrypted");
    }

    @Test
    void aZipBombIsRefusedByPoisDefaultLimits() throws IOException {
        Path file = rewrite("bomb.xlsx", "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</sheetData>", " ".repeat(20_000_000) + "</sheetData>"));
        assertThat(onlyRejection(file).reason()).contains("zip-bomb");
    }

    @Test
    void aSheetDeclaringADoctypeIsRefused() throws IOException {
        Path file = rewrite("xxe.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
        assertThat(onlyRejection(file).reason()).contains("DOCTYPE");
    }

    @Test
    void aWorkbookPartDeclaringADoctypeIsRefused() throws IOException {
        Path file = rewrite("xxe-book.xlsx", "xl/workbook.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
        assertThat(onlyRejection(file).reason()).containsAnyOf("DOCTYPE", "damaged");
    }

    @Test
    void anUndeclaredEntityInASheetIsNamedWithItsPlace() throws IOException {
        Path file = rewrite("entity.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.replace("<sheetData>", "<sheetData>&foo;"));
        Rejection r = onlyRejection(file);
        assertThat(r.location()).startsWith("sheet 'Servers', XML line ");
        assertThat(r.reason()).isEqualTo("the workbook is damaged: its XML uses an entity (&foo;) that XML does not define");
    }

    @Test
    void aSheetCutShortIsDamageWithItsPlace() throws IOException {
        Path file = rewrite("cut.xlsx", "xl/worksheets/sheet1.xml", xml -> xml.substring(0, xml.indexOf("</sheetData>")));
        Rejection r = onlyRejection(file);
        assertThat(r.location()).startsWith("sheet 'Servers', XML line ");
        assertThat(r.reason()).startsWith("the workbook is damaged: the sheet's XML is not well-formed: Unexpected end");
    }

    @Test
    void aLoneAmpersandInASheetIsNamedAsSuchWithoutTheTextAfterIt() throws IOException {
        Path file = rewrite("amp.xlsx", "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<sheetData>", "<sheetData>AT&T " + "x".repeat(100) + ";"));
        Rejection r = onlyRejection(file);
        assertThat(r.location()).startsWith("sheet 'Servers', XML line ");
        assertThat(r.reason()).isEqualTo(
                "the workbook is damaged: its XML has an '&' that starts no entity (XML writes a lone & as &amp;)");
    }

    @Test
    void corruptCompressionInsideASheetIsADamagedZipNotBadXml() throws IOException {
        Path plain = Workbooks.xlsx(dir.resolve("plain-inflate.xlsx"), BOOK);
        byte[] zip = Files.readAllBytes(plain);
        int sheet = indexOf(zip, "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII));
        // the local header's name is followed by the compressed data: spoil it
        Arrays.fill(zip, sheet + 30, Math.min(zip.length, sheet + 90), (byte) 0xFF);
        Path file = Files.write(dir.resolve("inflate.xlsx"), zip);
        Rejection r = onlyRejection(file);
        assertThat(r.location()).isEmpty();
        assertThat(r.reason()).startsWith("the workbook is damaged").doesNotContain("not well-formed");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    /** A valid workbook with one part's XML changed. */
    private Path rewrite(String name, String part, UnaryOperator<String> change) throws IOException {
        Path plain = Workbooks.xlsx(dir.resolve("plain-" + name), BOOK);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(plain.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }
}
