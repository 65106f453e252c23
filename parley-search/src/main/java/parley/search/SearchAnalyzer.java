package parley.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of the index: English text is lower-cased, folded to ASCII ("İstanbul" finds
 * "Istanbul") and stemmed ("agreed" finds "agree"), but no stop words are dropped, so a phrase
 * such as {@code "truce, and then"} still means those words in that order. Keyword fields are
 * taken as they are.
 */
final class SearchAnalyzer {
    private SearchAnalyzer() {
    }

    static Analyzer create() {
        Map<String, Analyzer> keywords = new HashMap<>();
        KeywordAnalyzer keyword = new KeywordAnalyzer();
        Fields.KEYWORDS.forEach(field -> keywords.put(field, keyword));
        return new PerFieldAnalyzerWrapper(new EnglishText(), keywords);
    }

    private static final class EnglishText extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
