package io.rapport.importer.core.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The encoding of a text file as spreadsheet programs and export tools save it: UTF-8 with or without a byte
 * order mark, UTF-16 little or big endian with a mark ("Unicode text") or without one (recognised by the zero
 * bytes ASCII characters have in it), or an encoding the user names (a Windows code page). It also tells how
 * many bytes each character took in the file, so that readers can give byte offsets of decoded records.
 *
 * @param charset   how to decode the text
 * @param name      how messages name it: {@code UTF-8}, {@code UTF-8 (with byte-order mark)}, {@code UTF-16LE}...
 * @param bomLength bytes of byte order mark before the text
 */
public record TextEncoding(Charset charset, String name, int bomLength) {
    /** Plain UTF-8 without a byte order mark. */
    public static final TextEncoding UTF_8 = new TextEncoding(StandardCharsets.UTF_8, "UTF-8", 0);

    /** The encoding the first bytes of a file show (see the class comment); UTF-8 when nothing else shows. */
    public static TextEncoding detect(byte[] head) {
        int b0 = head.length > 0 ? head[0] & 0xff : -1;
        int b1 = head.length > 1 ? head[1] & 0xff : -1;
        int b2 = head.length > 2 ? head[2] & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, "UTF-8 (with byte-order mark)", 3);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, "UTF-16LE", 2);
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, "UTF-16BE", 2);
        }
        if (head.length >= 4 && b0 != 0 && b1 == 0 && head[2] != 0 && head[3] == 0) {
            return new TextEncoding(StandardCharsets.UTF_16LE, "UTF-16LE", 0);
        }
        if (head.length >= 4 && b0 == 0 && b1 != 0 && head[2] == 0 && head[3] != 0) {
            return new TextEncoding(StandardCharsets.UTF_16BE, "UTF-16BE", 0);
        }
        return UTF_8;
    }

    /**
     * The encoding a user named for a file ({@code UTF-16}, {@code windows-1252}, ...), skipping the byte order
     * mark of that encoding when the file has one; {@link #detect} when {@code declared} is {@code null}.
     *
     * @throws IllegalArgumentException if Java knows no encoding of that name
     */
    public static TextEncoding of(String declared, byte[] head) {
        if (declared == null || declared.isBlank()) {
            return detect(head);
        }
        Charset charset;
        try {
            charset = Charset.forName(declared.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown encoding '" + declared + "' (e.g. UTF-8, UTF-16, windows-1252,"
                    + " ISO-8859-1)");
        }
        TextEncoding seen = detect(head);
        boolean sameFamily = seen.charset.equals(charset) || charset.equals(StandardCharsets.UTF_16)
                && seen.charset.name().startsWith("UTF-16");
        if (seen.bomLength > 0 && sameFamily) {
            return seen; // UTF-16 with a mark: the mark says which byte order
        }
        if (charset.equals(StandardCharsets.UTF_16)) {
            // Java's UTF-16 without a mark reads big endian; what shows in the bytes is a better bet
            return seen.charset.name().startsWith("UTF-16") ? seen
                    : new TextEncoding(StandardCharsets.UTF_16LE, "UTF-16LE", 0);
        }
        return new TextEncoding(charset, charset.name(), 0);
    }

    /**
     * What a lenient reader ({@link #open} with {@code strict} false) reads for bytes that are not valid text: a
     * lone low surrogate, which no decoded valid text holds, so that a genuine U+FFFD in a file stays valid text.
     */
    public static final char UNDECODABLE = '\uDFFF';

    /** Whether {@code text} holds an {@link #UNDECODABLE} mark (a low surrogate without its high one). */
    public static boolean holdsUndecodable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with its {@link #UNDECODABLE} marks shown as U+FFFD, the replacement character readers know. */
    public static String visible(String text) {
        StringBuilder b = new StringBuilder(text);
        for (int i = 0; i < b.length(); i++) {
            if (Character.isLowSurrogate(b.charAt(i)) && (i == 0 || !Character.isHighSurrogate(b.charAt(i - 1)))) {
                b.setCharAt(i, '\uFFFD');
            }
        }
        return b.toString();
    }

    /**
     * A reader of the text after the byte order mark.
     *
     * @param strict {@code true}: bytes that are not valid in the encoding stop the reading with a
     *               {@link java.nio.charset.CharacterCodingException}; {@code false}: they read as
     *               {@link #UNDECODABLE}, so that a reader can reject the records that hold them and keep the others
     */
    public Reader open(InputStream in, boolean strict) throws IOException {
        in.skipNBytes(bomLength);
        CodingErrorAction action = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        if (!strict) {
            decoder.replaceWith(String.valueOf(UNDECODABLE));
        }
        return new InputStreamReader(in, decoder);
    }

    /** Whether it is one of the UTF-16 encodings, where every {@code char} took two bytes. */
    public boolean isUtf16() {
        return charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16");
    }

    /**
     * Whether offsets are counted as UTF-8: a character then took 1 to 3 bytes (a surrogate pair 4); otherwise
     * {@link #fixedWidth()} bytes.
     */
    boolean countsUtf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    /**
     * Bytes per {@code char} when not UTF-8: exact for UTF-16 and single-byte encodings; other multi-byte
     * encodings count one byte per character (their offsets are then approximate).
     */
    int fixedWidth() {
        return isUtf16() ? 2 : 1;
    }
}
