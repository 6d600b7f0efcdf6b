package org.kbaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-strings part of an .xlsx as plain strings: each {@code <si>} is the text of its {@code <t>}
 * runs, phonetic runs ({@code <rPh>}) left out. Read with POI's hardened XML parser (no DOCTYPE).
 */
final class XlsxSharedStrings {

    private XlsxSharedStrings() {
    }

    static List<String> read(InputStream part) throws IOException {
        List<String> strings = new ArrayList<>();
        if (part == null) {
            return strings;
        }
        try {
            XMLReader parser = XmlParts.newReader();
            parser.setContentHandler(new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private boolean inText;
                private boolean inPhonetic;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    switch (localName) {
                        case "si" -> text.setLength(0);
                        case "t" -> inText = !inPhonetic;
                        case "rPh" -> inPhonetic = true;
                        default -> {
                            // run properties and the like carry no text
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inText) {
                        text.append(ch, start, length);
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    switch (localName) {
                        case "si" -> strings.add(text.toString());
                        case "t" -> inText = false;
                        case "rPh" -> inPhonetic = false;
                        default -> {
                            // nothing to close
                        }
                    }
                }
            });
            parser.parse(new InputSource(part));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("the shared strings of the workbook cannot be read: " + e.getMessage(), e);
        }
        return strings;
    }
}
