"""De-duplication and story clustering across feeds and languages.

Exact duplicates (same canonical URL) are one core.articles row already; this package puts
near-duplicates (syndicated, retitled, trimmed copies) and translations of one report into one story
(core.articles.cluster_id), and core.stories lists the stories. See docs/dedupe.md.
"""

from __future__ import annotations

from .cluster import ClusterReport, Signature, cluster_new_articles, numbers_disagree, same_story, sign

__all__ = ["ClusterReport", "Signature", "cluster_new_articles", "numbers_disagree", "same_story", "sign"]
