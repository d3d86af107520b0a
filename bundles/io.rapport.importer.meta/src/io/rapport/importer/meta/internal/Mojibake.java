package io.rapport.importer.meta.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs the text of Facebook and Instagram "Download your information" files, which escape every UTF-8 byte
 * as its own code point ({@code "Caf\u00c3\u00a9"} for "Café"). A string whose characters all fit in a byte is
 * turned back into those bytes and decoded as UTF-8; when that is not valid UTF-8 the string was not mangled
 * (e.g. a genuine Latin-1 "é" stands alone, without the continuation byte UTF-8 needs) and is kept as it is.
 */
final class Mojibake {
    private Mojibake() {
    }

    static String repair(String s) {
        if (s == null) {
            return null;
        }
        boolean high = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xFF) {
                return s; // a real code point beyond Latin-1: the string was written correctly
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return s; // ASCII reads the same either way
        }
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) s.charAt(i);
        }
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return decoded.toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }
}
