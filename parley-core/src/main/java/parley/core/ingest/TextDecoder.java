package parley.core.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into article text, or says why they are not text: binary
 * content, mostly-invalid UTF-8, or nothing but white space. UTF-8 with a few broken bytes is kept
 * (each broken sequence becomes U+FFFD), because dropping a whole article for one bad byte loses
 * more than it protects. A leading byte-order mark is removed; UTF-16 with a byte-order mark is
 * decoded as such.
 */
final class TextDecoder {
    /** Share of U+FFFD characters above which the file is taken not to be UTF-8 at all. */
    static final double MAX_REPLACED = 0.05;
    /** Share of control bytes above which the file is taken to be binary. */
    static final double MAX_CONTROL = 0.02;
    private static final int SAMPLE = 64 * 1024;

    /** Either {@code text} or a skip {@code reason} with a {@code detail} a person can act on. */
    record Decoded(String text, String reason, String detail) {
        static Decoded skip(String reason, String detail) {
            return new Decoded(null, reason, detail);
        }

        boolean skipped() {
            return reason != null;
        }
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return Decoded.skip("empty", "the file is empty");
        }
        String kind = magic(bytes);
        if (kind != null) {
            return Decoded.skip("binary", "the file is a " + kind + ", not plain text");
        }
        String text;
        if (utf16Bom(bytes)) {
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            String binary = binary(bytes);
            if (binary != null) {
                return Decoded.skip("binary", binary);
            }
            text = utf8(bytes);
            if (text == null) {
                return Decoded.skip("encoding",
                        "more than " + Math.round(MAX_REPLACED * 100) + "% of the bytes are not valid UTF-8;"
                                + " convert the file to UTF-8");
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.chars().allMatch(c -> LineShape.isSpaceLike((char) c))) {
            return Decoded.skip("empty", "the file holds only white space or invisible characters");
        }
        return new Decoded(text, null, null);
    }

    private static boolean utf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
    }

    /** Names well-known binary formats by their first bytes. */
    private static String magic(byte[] b) {
        if (startsWith(b, "%PDF")) {
            return "PDF document";
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            return "ZIP archive (or DOCX/ODT document)";
        }
        if (b.length >= 4 && b[0] == (byte) 0x89 && startsWith(b, 1, "PNG")) {
            return "PNG image";
        }
        if (startsWith(b, "GIF8")) {
            return "GIF image";
        }
        if (b.length >= 3 && b[0] == (byte) 0xFF && b[1] == (byte) 0xD8 && b[2] == (byte) 0xFF) {
            return "JPEG image";
        }
        if (b.length >= 2 && b[0] == (byte) 0x1F && b[1] == (byte) 0x8B) {
            return "gzip archive";
        }
        if (b.length >= 4 && b[0] == 0x7F && startsWith(b, 1, "ELF")) {
            return "program (ELF)";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, String ascii) {
        return startsWith(b, 0, ascii);
    }

    private static boolean startsWith(byte[] b, int offset, String ascii) {
        if (b.length < offset + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[offset + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A reason when NUL bytes or too many control bytes show the content is not text. */
    private static String binary(byte[] b) {
        int sample = Math.min(b.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int v = b[i] & 0xFF;
            if (v == 0) {
                return "the file contains NUL bytes (offset " + i + "), so it is binary, not text";
            }
            if ((v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f') || v == 0x7F) {
                control++;
            }
        }
        if (control > sample * MAX_CONTROL) {
            return control + " of the first " + sample + " bytes are control characters, so it is binary, not text";
        }
        return null;
    }

    /** Strict UTF-8 if possible; lenient when few bytes are broken; null when most are. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            CharBuffer lenient = decodeLeniently(bytes);
            long replaced = lenient.chars().filter(c -> c == '\uFFFD').count();
            long original = countReplacementCharacters(bytes);
            return replaced - original > lenient.length() * MAX_REPLACED ? null : lenient.toString();
        }
    }

    private static CharBuffer decodeLeniently(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException impossible) {
            throw new IllegalStateException("a replacing decoder cannot fail", impossible);
        }
    }

    /** U+FFFD written as valid UTF-8 in the file itself (EF BF BD) is content, not damage. */
    private static long countReplacementCharacters(byte[] b) {
        long count = 0;
        for (int i = 0; i + 2 < b.length; i++) {
            if (b[i] == (byte) 0xEF && b[i + 1] == (byte) 0xBF && b[i + 2] == (byte) 0xBD) {
                count++;
            }
        }
        return count;
    }
}
