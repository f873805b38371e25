package vn.htx.portal.search.domain;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Vietnamese for the embedded Lucene backend. Vietnamese writes one syllable per word, separated
 * by spaces, so the standard tokenizer finds its words; folding maps every accented vowel and đ to
 * plain ASCII. Document numbers split on "/" and "-" into their parts (4454, qđ, bnn, vpđp).
 */
public class VietnameseLuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchFields.ANALYZER_EXACT)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase");
        context.analyzer(SearchFields.ANALYZER_FOLDED)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer(SearchFields.NORMALIZER_FOLDED)
                .custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
