package io.rapport.importer.xarchive.internal;

import io.rapport.importer.core.BadRecordException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a record's original bytes into the text kept beside it. The fast JDK decoding replaces invalid UTF-8
 * with U+FFFD silently, which would make the kept record differ from the file: when a replacement character
 * shows up, the bytes are checked strictly and an invalid sequence rejects the record.
 */
final class OriginalText {
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    String decode(byte[] buf, int start, int length) throws BadRecordException {
        String s = new String(buf, start, length, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            try {
                strict.reset().decode(ByteBuffer.wrap(buf, start, length));
            } catch (CharacterCodingException e) {
                throw new BadRecordException("invalid UTF-8 in the record (the archive is UTF-8; was it re-saved"
                        + " in another encoding?)");
            }
        }
        return s;
    }
}
