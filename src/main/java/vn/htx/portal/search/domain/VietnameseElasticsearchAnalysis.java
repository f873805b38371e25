package vn.htx.portal.search.domain;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analysis as {@link VietnameseLuceneAnalysis}, for an Elasticsearch or OpenSearch
 * cluster (several nodes). Selected by configuration only; see the README.
 */
public class VietnameseElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(SearchFields.ANALYZER_EXACT)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase");
        context.analyzer(SearchFields.ANALYZER_FOLDED)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.normalizer(SearchFields.NORMALIZER_FOLDED).custom().tokenFilters("lowercase", "asciifolding");
    }
}
