package vn.htx.portal.content;

import java.util.List;

/** A category with its newest articles, as the home page shows it. */
public record CategorySection(CategoryRef category, List<ArticleCard> articles) {}
