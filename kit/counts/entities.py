"""Entity counts: how often each entity is mentioned, and where, under one name.

Every table of kit names an entity the same way: entity counts use the actor
registry's names (:func:`kit.counts.mentions.entity_mentions`), so "Sunak"
and "Rishi Sunak", or "DUP" and "the Democratic Unionist Party", are one row
whenever :func:`kit.actors.actor_registry` makes them one actor. Counts count
more than the registry does, and say so in separate columns: ``mentions`` is
every mention of the entity, as an actor, a place ("talks in Washington"), a
modifier ("U.S. officials") or inside a title; ``as_actor`` the mentions the
registry counts, so for an actor ``as_actor`` equals the registry's
``mentions`` and ``mentions - as_actor`` are its other uses.

Examples
--------
>>> import kit
>>> ann = kit.annotate(kit.load("data/articles").articles)
>>> counts = entity_counts(ann)
>>> counts.head(3)[["canonical", "label", "mentions", "as_actor"]].values.tolist()
[['United States', 'GPE', 15, 5], ['Mexico', 'GPE', 14, 8], ['Andrés Manuel López Obrador', 'PERSON', 2, 2]]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

from kit.actors.credits import credited
from kit.counts.mentions import entity_mentions
from kit.extract.datelines import datelines_of, in_dateline
from kit.schema import rows_of, sentence_lookup, undated_articles

if TYPE_CHECKING:
    from kit.actors.registry import Aliases
    from kit.schema import Annotations

NAME_LABELS = (
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
)
COUNT_COLUMNS = [
    "canonical", "label", "mentions", "as_actor", "articles", "example", "example_article",
    "example_sentence", "sentences", "dateline_byline",
]


def select_mentions(
    ann: Annotations, labels: Iterable[str] | None = None, article: str | Iterable[str] | None = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Rows of ``mentions`` (default ``ann.mentions``) with the given labels
    (default: named entities) and articles."""
    mentions = ann.mentions if mentions is None else mentions
    wanted = set(NAME_LABELS if labels is None else labels)
    keep = mentions["label"].isin(wanted)
    if article is not None:
        keep &= mentions["article_id"].isin(_article_ids(ann, article))
    return mentions[keep]


def entity_counts(
    ann: Annotations,
    labels: Iterable[str] | None = None,
    article: str | Iterable[str] | None = None,
    aliases: Aliases = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per entity, named as the actor registry names it: label, mentions, articles and an example.

    Parameters
    ----------
    ann:
        Tables from :func:`kit.annotate`, with the ``roles`` and ``sources``
        tables the actor names come from (``tables=None``, or at least
        ``tables=["roles", "sources"]``).
    labels:
        spaCy labels to count; default :data:`NAME_LABELS` (people, groups,
        organisations, places...; not dates or numbers).
    article:
        Restrict to one article id or a list of them (names are still the
        corpus's: an actor has one name everywhere).
    aliases:
        ``{alias: canonical}`` or an ``alias,canonical`` CSV that forces
        merges, as for :func:`kit.actors.actor_registry`.
    mentions:
        ``kit.counts.entity_mentions(ann, aliases)`` when the caller has it.
        ``ann.mentions`` counts :mod:`kit.lexicon.canonical`'s names instead
        (merged within each article only; needs no ``roles`` table, and
        ``as_actor`` is then empty).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`COUNT_COLUMNS`; most mentioned first. ``canonical`` is
        the registry's ``name`` for an actor
        (:func:`kit.counts.mentions.entity_mentions` gives the rule), else the
        entity's canonical name. ``mentions`` counts every mention, whatever
        its use; ``as_actor`` those the actor registry counts (the entity acting,
        not as a place, a modifier or in a title), so for an actor it equals
        the registry's ``mentions`` over the same articles. ``label`` is
        the entity's most frequent label; ``example`` is the first sentence
        that mentions it (``example_article``, ``example_sentence``; articles in
        id order, those with no publication date after every dated one: an
        article of unknown date gives no first mention), so every
        count traces back to its text; ``sentences`` is how many sentences
        the mentions are in. ``dateline_byline`` counts the entity's mentions in a
        dateline or a byline (:func:`in_dateline_or_byline`: "OSKBURG, May 16 (Tarn Wire) -",
        "By Mara Ventel"), where the story was filed and who wrote it: they are left out
        of every other column, as no mention of the entity in the article's text; an
        entity named there alone has no row (the registry lists a byline's writer, with
        its ``credit`` column).

    Raises
    ------
    ValueError
        ``ann`` lacks the ``roles`` or ``sources`` table and no ``mentions``
        were passed; the message says how to annotate with them.

    Examples
    --------
    >>> import kit
    >>> ann = kit.annotate(kit.load("data/articles").articles)
    >>> entity_counts(ann, labels=["PERSON"]).iloc[0]["canonical"]
    'Andrés Manuel López Obrador'
    """
    if article is not None:
        _article_ids(ann, article)  # an unknown id fails before the actor names are built
    if mentions is None:
        mentions = entity_mentions(ann, aliases)
    mentions = select_mentions(ann, labels, article, mentions)
    furniture = in_dateline_or_byline(ann, mentions)
    set_apart = mentions[furniture].groupby("canonical", sort=True).size()
    mentions = mentions[~furniture]
    if mentions.empty:
        return pd.DataFrame(columns=COUNT_COLUMNS)
    undated = undated_articles(ann.articles)  # an article of unknown date gives no first mention
    ordered = mentions.assign(_undated=mentions["article_id"].astype(str).isin(undated)).sort_values(
        ["_undated", "article_id", "start_char"], kind="stable")
    grouped = ordered.groupby("canonical", sort=True)
    counts = pd.DataFrame({
        "label": grouped["label"].agg(_majority),
        "mentions": grouped.size(),
        "as_actor": (grouped["as_actor"].sum().astype("Int64") if "as_actor" in ordered
                     else pd.Series(pd.NA, index=grouped.size().index, dtype="Int64")),
        "articles": grouped["article_id"].nunique(),
        "example_article": grouped["article_id"].first(),
        "example_sentence": grouped["sentence_id"].first(),
        "sentences": ordered.drop_duplicates(["canonical", "article_id", "sentence_id"])
        .groupby("canonical", sort=True).size(),
    }).reset_index()
    # the example sentences alone: the rows of their articles, not the corpus's sentences
    sentences = rows_of(ann, "sentences", sorted(set(counts["example_article"].astype(str))))
    sentences = sentences.set_index(["article_id", "sentence_id"])["text"]
    keys = list(zip(counts["example_article"].tolist(), counts["example_sentence"].tolist()))
    counts["example"] = [" ".join(str(sentences.get(k, "")).split()) for k in keys]
    counts["dateline_byline"] = counts["canonical"].map(set_apart).fillna(0).astype(int)
    counts = counts.sort_values(
        ["mentions", "articles", "canonical"], ascending=[False, False, True], kind="stable"
    )
    return counts[COUNT_COLUMNS].reset_index(drop=True)


def in_dateline_or_byline(ann: Annotations, mentions: pd.DataFrame) -> pd.Series:
    """Whether each of ``mentions`` stands in an article's dateline (where the story was
    filed and who filed it: "OSKBURG, May 16 (Tarn Wire) -", :func:`in_a_dateline`)
    or is a byline's or a photo credit's name (who wrote it: "By Mara Ventel",
    :func:`kit.actors.credits.credited`): page furniture, no mention in the article's text.
    All False when ``ann`` has no sentences to read them on."""
    return in_a_dateline(ann, mentions) | credited(ann, mentions)


def in_a_dateline(ann: Annotations, mentions: pd.DataFrame) -> pd.Series:
    """Whether each of ``mentions`` stands in its article's dateline
    (:func:`kit.extract.datelines.datelines_of`: "OSKBURG, May 16 (Tarn Wire) -"); all
    False when ``ann`` has no sentences to read them on."""
    found = pd.Series(False, index=mentions.index)
    if mentions.empty or getattr(ann, "sentences", None) is None:
        return found
    datelines = datelines_of(sentence_lookup(ann))
    dated = [in_dateline(datelines.get(str(a), []), int(c))
             for a, c in zip(mentions["article_id"].tolist(), mentions["start_char"].tolist())]
    return found | pd.Series(dated, index=mentions.index, dtype=bool)


def read_mentions(ann: Annotations, aliases: Aliases = None,
                  mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The mentions as kit's tables read them, for a page that marks them in their text
    (:mod:`kit.publish.articles`, :func:`kit.counts.view.entity_data`): what a reader who
    clicks through from a count sees is the reading the count comes from.

    ``mentions`` (default :func:`kit.counts.mentions.entity_mentions` of ``ann`` and
    ``aliases`` when ``ann`` has the actor tables, else ``ann.mentions``) with:

    - a name in a dateline left out ("OSKBURG, May 16 (Tarn Wire) -": where the story was
      filed, no entity of it; :func:`in_a_dateline`), as :func:`entity_counts` leaves it
      out; a date there stays;
    - the column ``credit`` (:func:`kit.actors.credits.credited`: a byline's writer, a
      photographer, who wrote the story and is no actor of it);
    - each name's ``label`` the one :func:`entity_counts` gives its ``canonical`` (the
      most frequent of its mentions outside datelines and bylines), so a person the
      model once tagged ``ORG`` is a ``PERSON`` there as in the table.

    Examples
    --------
    >>> import pandas as pd
    >>> from kit.schema import Annotations
    >>> sents = pd.DataFrame({"article_id": ["a1"], "sentence_id": [0], "start_char": [0],
    ...     "end_char": [53], "text": ["OSKBURG, May 16 - Jana Roe met Roe's aides. Roe left."]})
    >>> ments = pd.DataFrame({"article_id": ["a1"] * 4, "sentence_id": [0] * 4,
    ...     "start_char": [0, 18, 31, 44], "end_char": [7, 26, 34, 47],
    ...     "text": ["OSKBURG", "Jana Roe", "Roe", "Roe"], "label": ["ORG", "PERSON", "ORG", "PERSON"],
    ...     "canonical": ["Oskburg", "Jana Roe", "Jana Roe", "Jana Roe"]})
    >>> ann = Annotations(pd.DataFrame({"article_id": ["a1"]}), sents, ments)
    >>> read_mentions(ann)[["text", "label", "credit"]].values.tolist()
    [['Jana Roe', 'PERSON', False], ['Roe', 'PERSON', False], ['Roe', 'PERSON', False]]
    """
    from kit.counts.mentions import has_actor_tables

    if mentions is None:
        mentions = entity_mentions(ann, aliases) if has_actor_tables(ann) else ann.mentions
    credit = credited(ann, mentions)
    names = mentions["label"].isin(set(NAME_LABELS))
    dateline = names & in_a_dateline(ann, mentions) & ~credit
    read = mentions.assign(credit=credit).loc[~dateline].copy()
    counted = mentions[names & ~dateline & ~credit]
    if "canonical" in mentions and len(counted):  # hand-made tables may name nothing
        labels = counted.groupby("canonical", sort=True)["label"].agg(_majority)
        named = read["label"].isin(set(NAME_LABELS))
        read.loc[named, "label"] = read.loc[named, "canonical"].map(labels).fillna(read.loc[named, "label"])
    return read


def label_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """Mentions and distinct entities per label, from :func:`entity_counts`."""
    grouped = counts.groupby("label", sort=True)
    out = pd.DataFrame({"mentions": grouped["mentions"].sum(), "entities": grouped.size()})
    return out.reset_index().sort_values(["mentions", "label"], ascending=[False, True]).reset_index(drop=True)


def article_entity_matrix(
    ann: Annotations, counts: pd.DataFrame, top: int = 20, articles: int = 40,
    aliases: Aliases = None, mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Long table ``article_id, canonical, label, mentions, sentences, first_sentence``
    for the ``top`` entities in the ``articles`` articles that mention them most (so a
    chart stays readable, and small, on any corpus size): how many sentences of the
    article the mentions stand in, and the first of them.

    ``aliases`` and ``mentions`` as for the :func:`entity_counts` call that made
    ``counts``, so that the names are the same.
    """
    names = counts.head(top)["canonical"]
    if mentions is None:
        mentions = entity_mentions(ann, aliases)
    mentions = select_mentions(ann, mentions=mentions)
    mentions = mentions[~in_dateline_or_byline(ann, mentions)]  # as entity_counts counts
    hits = mentions[mentions["canonical"].isin(set(names))]
    per_article = hits.groupby("article_id").size()
    keep = sorted(per_article.index, key=lambda a: (-per_article[a], a))[:articles]
    hits = hits[hits["article_id"].isin(set(keep))]
    table = hits.groupby(["article_id", "canonical"], sort=True).agg(
        mentions=("sentence_id", "size"), sentences=("sentence_id", "nunique"),
        first_sentence=("sentence_id", "min")).reset_index()
    labels = counts.set_index("canonical")["label"]
    table["label"] = table["canonical"].map(labels)
    return table[["article_id", "canonical", "label", "mentions", "sentences", "first_sentence"]]


def _article_ids(ann: Annotations, article: str | Iterable[str]) -> set[str]:
    ids = {article} if isinstance(article, str) else set(article)
    unknown = ids - set(ann.articles["article_id"])
    if unknown:
        raise KeyError(
            f"no article {sorted(unknown)[0]!r} in this corpus; article ids look like "
            f"{ann.articles['article_id'].head(3).tolist()} (see ann.articles)"
        )
    return ids


def _majority(labels: pd.Series) -> str:
    counts = labels.value_counts()
    return str(min(counts.index, key=lambda lab: (-counts[lab], lab)))
