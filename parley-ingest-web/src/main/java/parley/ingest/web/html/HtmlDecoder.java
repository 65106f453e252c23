package parley.ingest.web.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an HTML page into text, or says why they are not a page. The charset comes
 * from a byte-order mark, else the transport's Content-Type (for WARC records), else a {@code
 * <meta charset>} near the top, else UTF-8. Broken bytes in a UTF-8 page become U+FFFD as long as
 * they are few (the same 5% rule as parley-core's plain-text reader): one bad byte must not cost an
 * article, but a page in an undeclared legacy charset would be read as noise, so it is skipped.
 */
final class HtmlDecoder {
    /** Share of undecodable characters above which a page is taken not to be in its charset. */
    static final double MAX_REPLACED = 0.05;
    private static final int SNIFF = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

    /** Either {@code text} or a skip {@code reason} with a {@code detail}. */
    record Decoded(String text, String reason, String detail) {
        static Decoded skip(String reason, String detail) {
            return new Decoded(null, reason, detail);
        }

        boolean skipped() {
            return reason != null;
        }
    }

    private HtmlDecoder() {
    }

    /** Decodes {@code bytes}; {@code transportCharset} (from an HTTP header) may be null. */
    static Decoded decode(byte[] bytes, String transportCharset) {
        if (bytes.length == 0) {
            return Decoded.skip("empty", "the page has no bytes");
        }
        int bomLength = 0;
        Charset charset = null;
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        }
        boolean declared = charset != null;
        if (charset == null) {
            charset = charset(transportCharset);
            declared = charset != null;
        }
        if (charset == null) {
            charset = charset(sniffMeta(bytes));
            declared = charset != null;
        }
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
        }
        if (!charset.name().startsWith("UTF-16")) {
            int nul = indexOfNul(bytes);
            if (nul >= 0) {
                return Decoded.skip("binary", "the page contains NUL bytes (offset " + nul + "), so it is binary, not HTML");
            }
        }
        CharBuffer chars = decodeReplacing(bytes, bomLength, charset);
        long replaced = 0;
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) == '\uFFFD') {
                replaced++;
            }
        }
        if (replaced > 0 && replaced > chars.length() * MAX_REPLACED) {
            return Decoded.skip("encoding", replaced + " of " + chars.length() + " characters are not valid "
                    + charset.name() + (declared ? " (the charset the page declares)" : " (no charset is declared)")
                    + "; declare the page's real charset or convert it to UTF-8");
        }
        String text = chars.toString();
        if (text.isBlank()) {
            return Decoded.skip("empty", "the page holds only white space");
        }
        return new Decoded(text, null, null);
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            String clean = name.strip().toLowerCase(Locale.ROOT);
            // Browsers read pages labelled Latin-1 as windows-1252; so do we.
            if (clean.equals("iso-8859-1") || clean.equals("latin1") || clean.equals("us-ascii")) {
                clean = "windows-1252";
            }
            return Charset.forName(clean);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String sniffMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static int indexOfNul(byte[] bytes) {
        int limit = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static CharBuffer decodeReplacing(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        } catch (CharacterCodingException impossible) {
            throw new IllegalStateException("a replacing decoder cannot fail", impossible);
        }
    }
}
