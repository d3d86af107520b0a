package io.rapport.hierarchy.core.internal;

import io.rapport.importer.core.CountingInputStream;

import io.rapport.importer.core.ContainerLimitException;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One XML part of a workbook, read as a stream of events (never as a tree, so a sheet of a million rows costs
 * no more memory than one row). A part with a DOCTYPE is refused: a spreadsheet program never writes one, and
 * it is how entity-expansion and external-entity attacks get in. Every failure names the file, the part and the
 * position.
 */
final class XmlPart implements Closeable {
    private final String file;
    private final String name;
    private final CountingInputStream inflated;
    private final long size;
    private final XMLStreamReader xml;

    private XmlPart(String file, String name, CountingInputStream inflated, long size, XMLStreamReader xml) {
        this.file = file;
        this.name = name;
        this.inflated = inflated;
        this.size = size;
        this.xml = xml;
    }

    /**
     * A factory that resolves nothing outside the part: no DTD, no external entities. The JDK's own
     * implementation, so that whatever StAX provider the runtime holds, these settings mean what they say.
     */
    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /**
     * @param bytes the part's bytes, held to the archive's limits
     * @param size  the size the archive declares for the part, for progress
     */
    static XmlPart open(XMLInputFactory factory, String file, String name, InputStream bytes, long size)
            throws IOException {
        CountingInputStream inflated = new CountingInputStream(bytes);
        try {
            return new XmlPart(file, name, inflated, size,
                    factory.createXMLStreamReader(new BufferedInputStream(inflated, 1 << 16)));
        } catch (XMLStreamException e) {
            inflated.close();
            throw failure(file, name, e);
        }
    }

    String name() {
        return name;
    }

    /** How much of the part has been read, from 0 to 1. */
    double progress() {
        return Math.min(1.0, inflated.count() / (double) Math.max(1, size));
    }

    /** The next event; a DOCTYPE is an error. */
    int next() throws IOException {
        try {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw error("a DOCTYPE is not allowed in a workbook (it could pull in entities from elsewhere)");
            }
            return event;
        } catch (XMLStreamException e) {
            throw failure(file, name, e);
        }
    }

    /** The local name of the current start or end element. */
    String element() {
        return xml.getLocalName();
    }

    /** An attribute of the current start element by its local name, whatever its prefix; {@code null} if absent. */
    String attribute(String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** An integer attribute, or {@code otherwise} if absent. */
    int intAttribute(String localName, int otherwise) throws WorkbookException {
        String value = attribute(localName);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw error(localName + "=\"" + value + "\" is not a whole number");
        }
    }

    /**
     * Skips to the start of the next element named {@code localName} anywhere below; {@code false} at the end of
     * the part.
     */
    boolean toStart(String localName) throws IOException {
        for (int e = next(); e != XMLStreamConstants.END_DOCUMENT; e = next()) {
            if (e == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(localName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of the current element (positioned on its start), read up to its end: the text of its {@code <t>}
     * elements when {@code runs} (a shared or inline string, plain or in rich-text runs, phonetic guides
     * {@code <rPh>} left out), otherwise all of its text. At most {@code max} characters are kept; {@code cut}
     * tells if more were there.
     */
    String text(boolean runs, int max, boolean[] cut) throws IOException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        int inT = 0;
        int phonetic = 0;
        while (depth > 0) {
            int e = next();
            switch (e) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (xml.getLocalName().equals("rPh")) {
                        phonetic++;
                    } else if (xml.getLocalName().equals("t")) {
                        inT++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (xml.getLocalName().equals("rPh")) {
                        phonetic--;
                    } else if (xml.getLocalName().equals("t")) {
                        inT--;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!runs || (inT > 0 && phonetic == 0)) {
                        int room = max - b.length();
                        int length = xml.getTextLength();
                        if (length > room) {
                            cut[0] = true;
                        }
                        b.append(xml.getTextCharacters(), xml.getTextStart(), Math.max(0, Math.min(room, length)));
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw error("the part ends inside an element");
                default -> {
                    // comments and processing instructions carry no cell text
                }
            }
        }
        return b.toString();
    }

    /** Skips the current element (positioned on its start) with everything in it. */
    void skipElement() throws IOException {
        for (int depth = 1; depth > 0;) {
            int e = next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                throw error("the part ends inside an element");
            }
        }
    }

    /** An error at the current position. */
    WorkbookException error(String message) {
        return new WorkbookException(where(file, name, xml.getLocation()) + ": " + message);
    }

    private static String where(String file, String part, Location at) {
        return at == null || at.getLineNumber() < 0 ? file + ": " + part
                : file + ": " + part + " line " + at.getLineNumber() + ", column " + at.getColumnNumber();
    }

    /**
     * The failure of the parser as one line. A refused inflation (a zip bomb) and a damaged entry keep their own
     * messages, which name the file and the entry.
     */
    private static IOException failure(String file, String part, XMLStreamException e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
            if (t instanceof ContainerLimitException limit) {
                return limit;
            }
            if (t instanceof IOException io && !(t instanceof WorkbookException)) {
                return new WorkbookException(file + ": " + part + " cannot be read (a damaged or truncated"
                        + " workbook?): " + io.getMessage(), io);
            }
        }
        String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        if (message.contains("must start and end within the same entity")) {
            // the parser's words for a part cut off in the middle
            return new WorkbookException(where(file, part, e.getLocation()) + ": the part ends in the middle of its"
                    + " XML (a truncated workbook?)", e);
        }
        return new WorkbookException(where(file, part, e.getLocation()) + ": not well-formed XML (a damaged"
                + " workbook?): " + message.strip(), e);
    }

    private static Throwable nested(Throwable t) {
        return t instanceof XMLStreamException x ? x.getNestedException() : null;
    }

    /** Positioned on a start element? */
    boolean atStart(int event, String localName) {
        return event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(localName);
    }

    /** Positioned on an end element? */
    boolean atEnd(int event, String localName) {
        return event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(localName);
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed next anyway
        }
        InputStream in = inflated;
        in.close();
    }
}
