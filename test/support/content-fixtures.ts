// A minimal valid article file for content-validation tests (two paragraphs, the second a caption).

/** The YAML of a valid article with the given slug. */
export const sampleArticle = (slug = 'sample-article') => `slug: ${slug}
title: A sample article
hook: Why it matters.
source:
  outlet: Example Times
  title: The original headline
  date: January 2017
paragraphs:
  - n: 1
    text: First paragraph.
  - n: 2
    kind: caption
    text: A photo caption.
`;
