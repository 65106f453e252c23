package parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.SkippedInput;

class InputListingTest {
    @TempDir
    Path temp;

    @Test
    void walksFoldersInPathOrderWithoutHiddenFilesAndSkipsWhatIsNotThere() throws IOException {
        Files.createDirectories(temp.resolve("in/b"));
        Files.createDirectories(temp.resolve("in/.git"));
        Files.createDirectories(temp.resolve("empty"));
        Files.writeString(temp.resolve("in/b/2.txt"), "two");
        Files.writeString(temp.resolve("in/a.jsonl"), "{}");
        Files.writeString(temp.resolve("in/.hidden.txt"), "hidden");
        Files.writeString(temp.resolve("in/.git/config"), "hidden too");
        InputListing listing = InputListing.list(List.of(temp.resolve("in").toString(), temp.resolve("empty").toString(),
                temp.resolve("gone.jsonl").toString()), new Configuration());
        assertThat(listing.files()).extracting(InputListing.InputFile::path)
                .containsExactly("file:" + temp.resolve("in/a.jsonl"), "file:" + temp.resolve("in/b/2.txt"));
        assertThat(listing.totalBytes()).isEqualTo(5);
        assertThat(listing.skipped()).extracting(SkippedInput::reason).containsExactly("empty-folder", "not-found");
    }

    @Test
    void anInputMayBeAGlob() throws IOException {
        Files.writeString(temp.resolve("a.warc.gz"), "x");
        Files.writeString(temp.resolve("b.warc.gz"), "y");
        Files.writeString(temp.resolve("c.jsonl"), "z");
        InputListing listing = InputListing.list(List.of(temp + "/*.warc.gz"), new Configuration());
        assertThat(listing.files()).extracting(InputListing.InputFile::path)
                .containsExactly("file:" + temp.resolve("a.warc.gz"), "file:" + temp.resolve("b.warc.gz"));
    }

    @Test
    void aFileSystemHadoopDoesNotKnowIsAnUnreadableInput() {
        InputListing listing = InputListing.list(List.of("nosuchfs://bucket/crawl"), new Configuration());
        assertThat(listing.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.reason()).isEqualTo("unreadable");
            assertThat(skip.detail()).contains("nosuchfs");
        });
    }
}
