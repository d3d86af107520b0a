package io.rapport.hierarchy.core.internal;

import io.rapport.importer.core.CountingInputStream;
import io.rapport.importer.core.csv.TextEncoding;

import io.rapport.hierarchy.core.SurveyInputException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Opens the text files of a survey the way spreadsheet programs save them, in the encoding
 * {@link TextEncoding} finds (UTF-8 with or without a byte-order mark, UTF-16 little or big endian). Decoding is strict: a byte sequence that is
 * not valid in the encoding stops the reading with a message instead of turning into replacement characters.
 */
final class TextFiles {
    private TextFiles() {
    }

    /**
     * An open text: the reader (positioned after any byte-order mark), the encoding and how many bytes of
     * the file have been read so far (for progress).
     */
    record Opened(Reader reader, TextEncoding encoding, LongSupplier bytesRead) {
    }

    static Opened open(Path file) throws SurveyInputException {
        try {
            CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
            InputStream in = new BufferedInputStream(counting, 1 << 16);
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            TextEncoding encoding = TextEncoding.detect(head);
            Reader reader = encoding.open(in, true);
            return new Opened(reader, encoding, counting::count);
        } catch (NoSuchFileException e) {
            throw new SurveyInputException(file + ": no such file");
        } catch (IOException e) {
            throw new SurveyInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** A whole (small) file as text. */
    static String read(Path file) throws SurveyInputException {
        Opened opened = open(file);
        try (Reader r = opened.reader()) {
            StringBuilder b = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = r.read(buffer)) >= 0;) {
                b.append(buffer, 0, n);
            }
            return b.toString();
        } catch (CharacterCodingException e) {
            throw new SurveyInputException(file + ": not valid " + opened.encoding().name() + " text (save it as UTF-8)", e);
        } catch (IOException e) {
            throw new SurveyInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Decodes bundled UTF-8 text. */
    static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }
}
