"""Word lists: the closed sets of words the extractors and the timeline look for.

They are rows of ``kit/lexicon/data/words.csv`` (``list,term,lang``), one word
or phrase per row; :func:`words` returns one list as a frozenset, each word with
and without its accents ("reunión" and "reunion": :func:`kit.lexicon.files.unaccented`),
as :func:`words_in_any` and :func:`glossary` do. The lists
(:data:`kit.lexicon.files.WORD_LISTS`) and who reads them:

- ``reporting_verbs`` (lemmas: "say", "tell", replies and admissions such as
  "reply", "counter", "admit"; not "ask", which as often requests as it asks),
  ``reply_verbs`` (those of them that report only when they introduce what was said:
  "answered that ...", "“...,” he countered", "declared that ...", but not "answered the
  call", "responded with shelling", "to counter the offensive", "declared a state of
  emergency"), ``quoting_verbs`` ("call", "urge", "speak", "pedir", "instar", "hablar": they
  report speech only when a quotation is their complement, 'called the deal "a victory"',
  'urged them to "unite"', 'spoke of "a new dawn"', never "called a meeting", "spoke to
  reporters"), ``naming_verbs`` ("brand", "term", "calificar", "describir", "tildar":
  verbs that say what their object is; they report speech only when a quotation is their
  complement or the predicate set after their object, 'termed the accord "a breakthrough"',
  'calificó el acuerdo de «histórico»', 'describió la cumbre como «un paso»'; ``predicate_marks``, "as", "de", "como": the
  word that sets that predicate after the object), ``source_nouns``
  ("official", "source", ...), ``source_itself`` (nouns that make a source
  without a verb), ``pronouns`` (resolved to the last person named):
  :mod:`kit.extract.sources`, :mod:`kit.extract.quotes`;
- ``future_aux``, ``possibility_aux`` ("could": future unless negated or perfect),
  ``perfect_modals`` (with a perfect, past: "should not have stopped in May"), ``planning_verbs`` (lemmas; their inflected forms are
  derived), ``planning_copulas`` (the copula of a plan: "NATO *is* to take
  command on Wednesday"; not after ``copula_subjects``, "the *aim* is to sign", nor in
  ``copula_idioms``, "is to *blame*"), ``date_modifiers`` ("last", "next", ...): :mod:`kit.extract.dates`;
- ``determiners``, ``government_words`` (a state's bodies: "ministry", "army", and its
  legislature or cabinet, "National Assembly", "Senate", "Consejo de Ministros": no side
  of their own, their state is, named before them, "the Estonian National Assembly", or
  else the article's), ``locative_preps``, ``group_anaphors``
  and ``state_anaphors`` (the nouns of "the group's", "the country's"; "del
  gobierno", a ``contracted_articles`` word before them), ``org_words``
  (words that make a name an organisation's: "Ministry", "Party"), ``organ_nouns``
  ("council", "mission", "comisión": the nouns of a body's own organs, so that "the UN
  Security Council", "the AU Commission" and "la Misión de Observación de la OEA" speak for
  the body they are named after, and "the UN Staff Union", "the Friends of the OAS" and "el
  Sindicato de Funcionarios de la ONU", a group named after it, do not: ``body_named_first``
  of :mod:`kit.extract.titles`, :mod:`kit.extract.roles`), ``backer_nouns`` ("friends",
  "amigos": the backers a group named after a body gathers, so that "the Group of Friends of
  the OAS", "the OAS Group of Friends" and "el Grupo de Amigos de la OEA" do not speak for the
  body, whatever organ's noun they hold), ``school_nouns``
  ("university", "institute": the head nouns of a place of study or research, which
  employs a person and is no side: :func:`names_a_school`, :mod:`kit.extract.phrases`,
  :mod:`kit.extract.roles`), ``place_preps``,
  ``motion_verbs`` (with ``destination_preps``, "to", "a", "from", "for", and
  ``destination_verbs``, "visit", "leave": where one goes or leaves from is a place;
  with ``route_preps``, "between", and after a ``route_nouns`` noun, "flights", "the
  road": the places a route joins,
  :mod:`kit.extract.places`) and ``place_nouns`` (a one-word "person" used as a place: "in
  Sochi", "travel to Sochi", "the port of Mykolaiv"; and any name they open with
  ``of_preps``, "the town of Brčko", "la ciudad de Tapachula": a place, not a
  government), ``place_name_heads`` ("bab", "wadi", "jebel": the Arabic words for a gate, a
  valley, a mountain, a market that open place names; a name of two words or more so opened is
  a place, "Bab Osk", :mod:`kit.actors.nonpersons`), ``client_nouns`` ("lawyer", "abogado": a title whose "of" names the person it
  serves, never a place nor a body: "the lawyer of | Jordan Ellis Brandt" is one name, no
  country and a person, :mod:`kit.nlp.rows`), ``crossing_verbs`` ("cross", "cruzar": what is crossed is a place, "crossed
  the Rio Grande"; and so is a name one reaches through a word of ``crossing_preps``, "at",
  "through", "por": "crossed at A", "cruzan por A y B", not "crossed with A", whom one
  crosses with): :mod:`kit.extract.roles`, :mod:`kit.extract.places`;
  ``nationality_nouns`` ("nationality", "nacionalidad": a demonym that modifies one, "of
  Ecuadorian nationality", like one counted as a noun, "two Ecuadorians", says whose
  nationals people are and is no mention of the state "the government" refers back to:
  :mod:`kit.extract.phrases`);
  ``facility_nouns`` ("hotel", "office", "base": a name so headed is a venue after
  a preposition of place, "in the Oval Office") and ``vehicle_nouns``:
  :mod:`kit.extract.places`;
- ``partitives`` ("hundreds of ..."), ``agent_preps`` ("by", "por": who acts in a
  passive), ``presence_preps`` ("alongside", "beside", "junto a": who was there with the
  subject, no one it acted on; not "with", the counterpart of "met with", "negotiated
  with"), ``object_markers`` ("a": "recibió a X", a direct object, not "a" as "to") and
  ``passive_aux`` ("ser": "fue recibida por X"), ``negation_sharing_conjunctions`` ("or",
  "ni": a verb so joined to a negated one is negated too, "no recibió ni saludó a X"; after
  "and" it is not): :mod:`kit.extract.relations`;
- ``name_particles`` ("de", "von", "al", ...), ``patronymics`` ("bin", "ibn", ...),
  ``name_articles`` ("al", "el": "Bashar Ghanem" is "Bashar al-Ghanem"), ``name_article_forms``
  (the Arabic article as transliterations write it joined by a hyphen, its "l" assimilated or not:
  "al-", "el-", "ash-", "ad-"; :class:`kit.actors.names.NameGraph`), ``name_suffixes``
  ("Jr.", "III": "Benigno Dalisay" is "Benigno Dalisay III" when no other is so named),
  ``first_name_suffixes`` (the regnal "I": the first monarch of a name, whom no father or son
  of that name came before, so "Juan Tomás" the prince is "Juan Tomás I" the king),
  ``surname_joiners`` ("y", "de", "del", "e", "i": the word that joins two family names,
  "Cuadra y Pineda", whose first one alone names the person, "Cuadra") and
  ``spelling_variants`` (letters transliterations swap: "gh~q") and ``surname_suffixes``
  (the Russian "-ov", "-ev", "-ova" a family name is written with or without: "Dilbar" and
  "Dilbarov"), ``transliteration_letters`` (the letters one outlet's transliteration writes for
  another's, one sound of Arabic, Hebrew or Russian: French "ch" for English "sh",
  French "dj" for "j", Russian "dzh", "zh" and "kh" for "j", "j" and "h": "Chamiri"/"Shamiri";
  the Arabic "th" written "s", "Haitham"/"Haisam"; the French
  "-ienne" of an Arabic "-ian", "Tessadienne"/"Tesadian") and ``particle_variants`` (a name particle
  transliterated two ways, "uld~ould": "Ana Uld Roe" and "Ana Ould Roe"): :mod:`kit.actors.names`;
- ``head_titles`` ("head", "leader", "chief", "chairman", "chairperson": the titles of whoever
  heads a body or group, one office whichever is written; two roles of a person apart only by
  such a word are one, "head of the commando" and "leader of the commando"),
  ``generic_head_titles`` ("head", "chief": words that say only that someone heads the body,
  so they agree with any other head title) and ``chair_titles`` ("chair", "chairman",
  "chairperson": one office, who presides; a body's "chairman" and its "leader" are two
  offices, as a party's often are) and ``fixed_of_titles`` ("secretary of state": a title
  written "<title> of <word>" whose other word order names another office, "State Secretary",
  a junior minister in some countries, so both word orders are not read as one),
  ``office_body_nouns`` ("minister>ministry": the title of whoever heads a body of that noun,
  so "Minister of Foreign Affairs" heads the "Foreign Affairs Ministry" of ``heads.csv``),
  ``presiding_titles`` ("speaker", "president") and ``chamber_words`` ("parliament",
  "senate": a chamber whose presiding officer either title names, "Parliament Speaker" and
  "President of the Parliament"): :mod:`kit.actors.offices`;
- ``national_institutions`` ("police", "army", "parliament", "central bank", "supreme court",
  "electoral commission", "policía", "banco central": a body every state has one of) and
  ``institution_head_titles`` ("chief", "director", "commander", "governor", "speaker": the
  title of whoever heads one): a role that is only such a title and such a body ("the army
  chief", "director of the Police", "central bank governor") is one state's office held by
  one person, a bare office like "President" (:func:`kit.extract.titles.heads_an_institution`);
- ``shared_words`` ("both", "ambos": an apposition set off after two names joined by a
  conjunction that is both's, "A and B, both of the Unity Party,"): :mod:`kit.extract.roles`;
- ``third_party_titles`` ("mediator", "facilitator", "co-chair", "mediador": the titles of
  someone who stands between the parties rather than for one of them; a side read only
  from such a person's former office, "the former Tarn president", is where he came from,
  not whom he acts for now): :mod:`kit.actors.registry`;
- ``body_agent_titles`` ("envoy", "special representative", "head of mission", "enviado":
  with ``third_party_titles`` and ``chair_titles``, the titles of someone who acts for an
  international body; the body outranks any state read for the same person, his nationality
  or an office he holds at home: "the AU mediator", "Tarn's president and the AU's
  chairman"): :mod:`kit.actors.registry`;
- ``military_words`` (a word that makes a role military wherever it stands: "army", "colonel",
  "ejército") and ``military_ranks`` (a word that does so opening the role: "General", "Major
  General"; "Attorney General" is a civilian office): a short name whose roles are all military
  joins no longer name whose roles are all civilian and differ, nor the other way round:
  :mod:`kit.actors.names`;
- ``people_endings`` ("i", "ian": the endings that make a place's name its people's,
  "<place>i"): a one-word "person" that is such a name in the plural, of a place the text
  or the lexicon names ("Tarnis" where "Tarn" is named), or whose singular with an ending of
  ``people_place_endings`` ("ia") is such a place ("Tarns" where "Tarnia" is named), or the
  plural of a demonym of ``demonyms.csv``, is a people (NORP), not a person:
  :mod:`kit.extract.roles`;
- ``tenure_modifiers`` ("veteran", "longtime": how long the holder has held the office, not
  which office: "the *veteran* leader of the party" holds "leader of the party"), read as
  ``present_modifiers`` are: :mod:`kit.extract.phrases`;
- ``honorifics`` ("Mr.", "Sheikh", "Gen.", "Hon.", "Amb.", the Burmese "U" and "Daw": cut off the front of a PERSON, written with a
  capital; the British styles of peerage and knighthood are among them, after Debrett's
  forms of address: "Sir", "Dame", "Lord", "Lady" (how a peer below a duke, or a peeress,
  is called in speech: "Lady Osk" is the Baroness Osk), and the ranks "Baron", "Baroness",
  "Viscount", "Viscountess", "Countess", "Marquess", "Marchioness"; "Earl" and "Duke" are
  left out, each also a given name); the South Asian forms of address, after their use in
  the English-language press of India and Pakistan: "Shri" and "Shrimati"/"Srimati"/"Smt." (Hindi),
  "Sardar" and "Sardarni" (Sikhs), "Pandit", "Begum" (a Muslim woman), "Janab" (Urdu "sir"),
  the British-Indian title "Khan Bahadur"; "Sri" alone is left out, a given name in Indonesia,
  and "Mian", a family name as often, ``lowercase_honorifics`` (ranks and academic honorifics a language writes in
  lower case: "el *general* Ana Ruiz", "el presidente, *licenciado* Luis Mora") and ``regnal_titles`` ("Pope", "King": a title cut off a name like
  the others, "King Osk II" is "Osk II", the King; other languages' are the ``regnal`` rows of titles.csv, "el papa Anselmo"
  is Anselmo), ``regnal_name_titles`` (the regnal titles kept before a regnal name, one word or
  ending in an ordinal, as the name is given: "Pope Anselm"), ``royal_honorifics`` (the styles of a
  monarch written before the regnal title, "His Majesty", "Su Majestad", with the article between:
  "Su Majestad el Rey Osk VI" is Osk VI, the King), ``operation_nouns`` ("operation", "operación":
  the noun before the code name of a military or police operation, "Operation Tarn Osk", "la operación
  Tarn-Osk", an event's name and no person's); a noble rank ("Prince", "Princess") is an
  honorific, no office: :mod:`kit.nlp.rows`; ``male_honorifics`` and ``female_honorifics`` (the
  honorifics whose word tells the sex of whom they address: "Mr", "U", "don"; "Mrs", "Daw",
  "señora"): a short name so addressed is never read as a person of the other sex
  ("Mr Vance" and "Mrs Vance"): :mod:`kit.lexicon.canonical`; ``initial_honorifics`` (an
  honorific written as an initial is, French "M." for "Monsieur"): one only where the document
  writes it before two names or more ("M. Jean Roe", "M. Paul Doe"), an initial otherwise
  ("M. Nur Roe"): :mod:`kit.nlp.names`; ``clergy_honorifics``
  ("Patriarch", "Archbishop", "Bishop", "Cardinal": the ranks before which a cleric is
  often named by one religious name alone, as Orthodox bishops always are, "Bishop Osk"):
  one such rank and one capitalised word that NER tagged as an organisation is a person
  (:func:`kit.nlp.names.ranked_name`), and so is the place a title "of" names after it
  a place ("Bishop Osk of Velmar and Tarn"): :mod:`kit.nlp.rows`; ``peerage_styles``
  ("Lord", "Lady", "Baroness", "Viscount": the styles of the peerage under which a peer is
  named by his title alone, with no given name, after Debrett's): a person the whole corpus
  names by one word only, so styled, is "Lord Osk", his style kept as part of the name:
  :mod:`kit.actors.registry`; ``saint_words`` ("St",
  "Saint") and ``feast_nouns`` ("feast", "day", "eve"): a saint's name after a feast noun
  and "of", or before a capitalised feast noun, is the feast's, no person in the story ("the
  feast of St Osk", "St Osk's Day"): :mod:`kit.nlp.rows`; ``so_called_words`` ("llamado",
  "autodenominado": the writer's distance from a body's name, "presidente del llamado Gobierno
  de X", no part of the office): :mod:`kit.extract.phrases`; ``place_saint_words`` ("San",
  "Santa": a saint's word that, opening a name the model read as a person's, opens a place's,
  "San Osk", as a language that names its towns and bases after saints writes them):
  :mod:`kit.nlp.rows`;
- ``subdivision_offices`` ("governor", "senator", "Rep.": offices of a state of a
  federation, or that represent one): a country name that is also such a state, written
  as what one of them is of ("Governor Ann Pell of Georgia", "Georgia Sen. Tom Rusk"), is
  the state: :mod:`kit.lexicon.context`;
- ``municipal_offices`` ("mayor", "alcalde": offices of a town, below any state): what
  such an office is "of" ("the mayor of Velmar", whatever NER tags it) is where it is held,
  no side; the side is the state the place lexicons put it in, if any: :mod:`kit.extract.roles`;
- ``forward_cues``, ``backward_cues`` (phrases before a date that point
  forward or back), ``cue_words`` (single words read as cues):
  :mod:`kit.lexicon.cues`, :mod:`kit.timeline.resolve`, :mod:`kit.extract.dates`;
- ``boundary_cues``: :mod:`kit.timeline.reports`; ``event_modifiers``: :mod:`kit.timeline.events`;
- ``deadline_cues`` ("by", "until", "hasta el": a date after one, in a clause not told in the
  past, is a time limit), ``deadline_nouns`` ("deadline", "plazo": the noun a date names) and
  ``deadline_verbs`` ("expire", "vencer": a clause of the limit itself); a date after a
  deadline cue in a clause of ``deadline_giving_verbs`` ("give", "dar": "gave them until
  Friday", "les dio hasta el viernes") is the limit given, ahead of the giving, whatever
  the giving's tense (:func:`kit.extract.dates.date_tense`); a cue of
  ``span_end_cues`` ("until", "hasta") after a verb of ``lasting_verbs`` ("stay", "last",
  "seguir": "will stay until Friday") ends what lasts and sets no limit: an event whose
  every report of its dates is such a date is a deadline (status ``deadline``), drawn
  outside a timeline's default view: :mod:`kit.timeline.evidence`, :mod:`kit.charts.timeline`;
- ``outbreak_verbs`` (lemmas of a thing beginning, breaking out or ending: "erupt",
  "collapse", "estallar", "vencer") and ``outbreak_nouns`` (nouns that name an event when
  such a verb says it began or ended: "crisis", "standoff", "paro"): a clause with
  nothing else acting in it whose subject is an event noun (or a deadline's) or one of
  ``outbreak_nouns`` and whose verb is one of ``outbreak_verbs`` tells that event ("la
  crisis estalló en abril", "the standoff ended on Sunday"); "the crisis deepened" tells
  none: :mod:`kit.timeline.reports`;
- ``past_modifiers`` ("former", "retired"; "ex"): an office held before, whose side
  is weak (:mod:`kit.extract.roles`); ``exile_nouns`` ("exile", "exilio": "the president
  *in exile*, X", "el presidente en el exilio, X" hold the title where they live, a word
  of ``scene_preps`` before the noun; the phrase is no part of the office, and its state
  is still the side: :mod:`kit.extract.phrases`); ``head_modifiers`` ("chief", "official": a modifier that is
  the title when it ends its phrase or opens its "of" complement, "Mossad chief X", "a
  State Department official,", "a senior official of the PLO"; not "the official
  spokeswoman"; also :mod:`kit.extract.phrases`), ``masculine_roles`` and
  ``feminine_roles`` ("spokesperson:spokesman", "spokesperson:spokeswoman": the English of
  a title of another language in the form its determiner's gender gives, "el portavoz", "la
  portavoz": :mod:`kit.extract.phrases`), ``shared_state_body_names`` ("foreign office",
  "ministry of external affairs": a body's name several states use, though ``demonyms.csv``
  may give it one state's side, as "Foreign Office" is the United Kingdom's: a state written
  as its owner, "Pakistan's Foreign Office", "the Pakistani Foreign Office", decides first:
  :mod:`kit.extract.roles`, :mod:`kit.extract.titles`), ``state_body_words`` ("force",
  "agency": a name a country or demonym opens and such a word ends is that state's
  body, "the Ethiopian National Defence Force"; unlike ``government_words`` they do
  not make a name a government; of them, ``mission_body_words``, "force" and "command",
  only after a demonym: "Kosovo Force" is a force sent there; a word of ``party_name_words``
  ("democratic", "socialist", "liberation") between the country and that word names a party or armed group
  of its own, no state's body: "the Syrian Democratic Forces", "the Ruritanian National Liberation Army"; in Spanish, "liberación",
  "revolucionario", a demonym written after a name that holds one is part of the group's
  name, "el Frente Patriótico boliviano"): :mod:`kit.extract.titles`, :mod:`kit.extract.phrases`;
  ``state_organ_names`` (a state's organ named in full, "national security council",
  "supreme court", "consejo de seguridad nacional": with a country or demonym just before
  it, or "de" and a country after it, "the US National Security Council", "el Consejo de
  Seguridad Nacional de EE.UU.", it is that state's; alone it stays the body, which state
  it is the name does not say): :mod:`kit.extract.titles`; ``kin_nouns`` ("sister":
  a relative named as such takes the side of the person they are kin to; so do, with
  ``succession_nouns`` ("his predecessor, X"), a successor or predecessor in office;
  ``spouse_titles`` ("the first lady, X"): the spouse of the head of state the article
  names with her family name, whose side she takes; with ``other_words`` ("other", "otros":
  "warrants for A and three *other* commanders: B, C and D"), the people a plural title
  lists are of the person it is joined to), ``standing_nouns`` ("opposition": a group
  named by where it stands, "the opposition's delegation included A", of the organisation
  the corpus calls so, :mod:`kit.actors.standing`), ``fellow_nouns`` (with ``other_words``: "A and
  B, together with the *other members* of the Tarn Front, led the strike": A and B are of the Front),
  ``subject_possessives`` (Spanish "su": the person, country or party the subject of its
  clause names, "Canadá está representado por su enviado, X"), ``non_state_modifiers``
  ("*rebel* military spokesman X": a group's office, which takes no state's side),
  ``armed_group_modifiers`` ("rebel", "separatist", "guerrillero": "a Tarnish *rebel* commander"
  is given no state at all, not the one a demonym or a possessive names), ``accompaniment_preps``
  ("with", "con": "A met with B", "held talks with B": whom one meets, across the verb) and
  ``shared_offices`` ("senator": an office many hold at once): :mod:`kit.extract.roles`;
  ``interim_modifiers`` ("caretaker", "acting": the "caretaker Prime Minister" holds the
  office of Prime Minister) and ``transition_modifiers`` ("outgoing", "incoming", "saliente":
  a holder handing the office over or about to take it, beside whom another holds it, so
  neither holds the office now for the other): :mod:`kit.actors.nearby`;
  ``common_acronyms`` ("TV", "GDP", "MP": capitals that name no organisation, unlike
  untagged initials such as "SDLP"): :mod:`kit.nlp.rows`; ``membership_heads`` ("member",
  "one": an apposition that puts a person in a group, "X, one of its negotiators,") and
  ``portfolio_words`` ("ministry", "department": "the Department of Foreign Affairs" is
  some state's, no side of its own), ``portfolio_nouns`` ("affairs", "enlargement", "house":
  the portfolio or chamber of a compound title, "Internal Affairs Minister X", "Enlargement
  Commissioner X", "House President X"; an organisation the model tags there, ending in
  one, is the title's, no side; only before or after a head of ``portfolio_heads``,
  "minister", "speaker": "Chatham House director X" heads an organisation):
  :mod:`kit.extract.roles`; ``principal_bodies``
  ("office", "cabinet": "the head of President X's office" works for X),
  ``monarchy_words`` ("kingdom", "sultanate": a state so named has no "President",
  :mod:`kit.extract.titles`) and ``singular_partitives`` ("one", "another", "otro": ", one of LURD's negotiators,",
  ", otro de los negociadores," give the title in the singular): :mod:`kit.extract.phrases`;
- ``day_parts`` ("night", "noche": "the signing, on the night of Thursday" dates the
  signing) and ``announcing_verbs`` ("announce", "confirm": "the framework announced on 5
  July" dates the framework's event), ``setting_preps`` and ``setting_nouns`` ("in" and
  "referendum": "approved *in* the referendums on May 22" dates the referendums, the
  act being done by them; "rejected the plan at a news conference on Monday" and
  "called *for* a referendum on Monday" date only the act; English: the rule reads
  the "on" before the date): :mod:`kit.extract.dates`; ``infinitive_endings``
  ("ar", "er", "ir": "firmar" and "firma" name one act) and ``verb_endings`` (what
  follows the stem in a form of such a verb: "firm-aron", "reun-irán") and
  ``participle_endings`` ("ado", "ida": a participle the model leaves for its lemma,
  "cerrado", is read as its verb "cerrar"): :mod:`kit.extract.lemmas`; ``verb_endings``
  again and ``past_stem_vowels`` ("i>e", "u>o": the vowel of a past's stem and the
  infinitive's, "impid-ieron" of "impedir", "mur-ió" of "morir") read a verb whose lemma the
  model got wrong ("impidierar", "firmo") against its form and ``verbs.csv``: :mod:`kit.extract.lemmas`; ``unaccented_futures`` ("ara", "aran": the ending a future
  "firmará", "firmarán" has without its accent, that of a subjunctive "firmara", "firmaran"), ``future_stems``
  ("habr", "podr", "tendr": the stems of the futures not made on their infinitive, "habrá", "podrán")
  and ``unaccented_pasts``
  ("o": the ending a past "cumplió" has without its accent, which no third person of the
  present has): :mod:`kit.extract.dates`; ``past_verb_endings`` ("ó": the ending of a past's
  third person, "ganó", "firmó", which opens no name: a capitalised word with it that opens a
  sentence or a dialogue line before a name, "—Ganó Sala", is the verb): :mod:`kit.nlp.rows`;
- ``sequence_conjunctions`` ("después de que", "antes de que": a clause they open whose verb is an
  imperfect subjunctive, "cruzaran", "firmaran", under a past verb tells a past act, however the
  parse reads its tense): :mod:`kit.extract.dates`;
- ``event_nouns`` ("vote", "visit", "attack"; in Spanish the same acts: "matanza", "huelga",
  "traspaso", so two Spanish outlets naming one act by its noun share it), ``meeting_nouns`` ("talks", "summit"),
  ``agreement_nouns`` ("deal", "accord"; of those, ``authored_nouns``, "draft", "borrador",
  "proposal", name who wrote them after an "of", not where: "el borrador de Osk" is Osk's) and ``ceasefire_nouns`` ("truce", "cease-fire"):
  each of the last three one meeting, agreement or ceasefire however an outlet calls it, ``vehicle_nouns`` ("ship", "convoy": what sails or flies
  in an event), ``street_nouns`` ("avenue", "avenida", "calle": a name a person's name
  the model tagged follows or opens is a street's, a place: :mod:`kit.extract.places`), ``accord_verbs``
  ("implement", "renegotiate", "aplicar"), ``since_preps`` ("since") and ``process_nouns``
  ("process", "proceso": a capital or city that is the object of the first two, or written
  before the third, stands for an accord or a process made there, not for a government that
  acts: "to renegotiate Velna", "since Velna", "the Velna process"; :mod:`kit.extract.places`), ``group_nouns`` ("side", "leader": with
  ``source_nouns``, ``government_words`` and ``group_anaphors``, the groups that can act),
  ``member_groups``, ``member_preps``, ``member_pronouns``, ``leader_preps`` and ``leading_verbs`` ("delegation",
  "commander"; "including", "such as"; "them", the group a word of ``member_preps`` lists
  from, "commanders, among them X"; ``apposition_openers``, the marks that open an apposition
  before or after a name, ",", "(", "—", and ``list_openers``, ";", ":", which open a list
  or an apposition too, "sent two diplomats: X and Y", but not a name in a title-case
  headline, "Analysis: June Vote Looms" (:mod:`kit.nlp.month_names` reads only the first);
  "under", which names the group's leader, not a member
  who holds its title: "observers, under X", not "ministers under X"; lemmas "lead",
  "include": a person listed in or leading a group takes its side; ``listing_verbs``,
  "include", whose subject is a plural title its object's names hold, "the ministers who
  signed included X and Y", and whose object's names are members of the group its subject
  is; ``party_parts`` ("faction", "wing", "facción": a part of a party or armed group whose
  leader, "the faction of the Front led by X", is the party's "leader" as one the party
  itself is led by is, "the Front, led by X"); ``membership_bodies`` ("delegation", "team", "delegación": the groups of ``member_groups`` a person
  listed in, not leading, one is a "member of", when nothing gives a role: "the FARC
  delegation included X", member of the FARC delegation; another language's read in English
  through ``glossary.csv``), :mod:`kit.extract.roles`), and ``membership_roles`` ("member
  of the": the words such a role opens with, as the roles table writes it in English:
  :mod:`kit.extract.roles` writes it with them and :mod:`kit.actors.registry` tells membership
  from an office by them), ``person_possessives`` ("his", "her": the
  person an aide works for, "his spokesman, X"), ``thing_possessives`` ("its": the state
  or party named before, "Saudi Arabia ... X, its minister"), ``thing_pronouns`` ("it": the
  group the sentence before is about, "The team was led by A. It included B"), ``representing_preps`` ("for": "A for
  the government"; a phrase, "on behalf of", "por parte de"), ``representing_verbs`` ("sign",
  "speak", "firmar": the verbs whose subject acts for the party a ``representing_preps`` after
  them names, "A signed for the Front", "B, speaking for the Front,", "C firmó por Cuba"),
  ``commissioning_preps`` ("on behalf of", "por encargo de": a phrase that names the body a
  verb's subject, and the people listed with him, act for, "A acompaña el diálogo por encargo
  de la Unasur, igual que B"),
  ``transit_verbs`` ("pasar": a verb after which "por" and a place is the way through, no
  party acted for, "por Caracas pasó el enviado A"),
  ``contrast_openers`` ("while", "mientras que": a clause they open may open with a
  ``representing_preps`` phrase as a sentence does, "A signed for Cuba, while for Angola signed
  B"), ``relative_possessives`` ("whose": "Kazakhstan, whose president, X"; "El FPL, cuya
  dirección integran A y B")
  and ``counterpart_nouns`` ("counterpart": the office of the person named as theirs):
  :mod:`kit.extract.roles`; ``party_nouns`` ("party": "the Ulster Unionist leader" speaks
  for the Ulster Unionist Party the corpus names; "Republican leader X" for the Republican
  Party, not for a longer name the word only describes): :mod:`kit.actors.registry`;
  ``org_kind_nouns`` ("party", "movement": what kind of organisation a name is; "the
  chairman of the KDP opposition party" is "chairman of the KDP"): :mod:`kit.extract.phrases`;
  ``group_name_nouns`` ("movement", "movimiento", "guerrilla": a name the model read as a
  person's right after such a noun and its article is the group's, "el movimiento X"):
  :mod:`kit.nlp.rows`;
  ``newspaper_nouns`` ("the daily X"), ``publisher_nouns`` ("the publisher of X") and
  ``community_nouns`` ("the Osk, Vel and Gorl communities"): a name each mention of which
  such a word puts there is a paper's or a people's, no person's: :mod:`kit.actors.nonpersons`;
  ``acting_verbs`` ("A, B and C signed for the Front": a list of people acting for a party,
  each of them that party's): :mod:`kit.actors.delegations`;
  ``party_name_nouns`` ("league", "front": a capitalised name ending in one before an "of"
  and a place is a party's, "the Democratic League of Tarn", not the place's state):
  :mod:`kit.extract.roles`;
  ``alias_verbs``, ``alias_nouns``, ``alias_words`` and the words around them
  (``alias_preps``, ``alias_by``, ``alias_owners``, ``alias_adverbs``, ``alias_openers``,
  ``alias_relatives``, ``alias_calls``: "known as", "better known by his nom de guerre",
  "alias", "whom Palestinians call": a name the text gives a person is that person;
  ``alias_copulas`` and ``of_preps`` for the name put first: "X, (is) the nom de guerre
  of Y", "X, es el nombre de guerra de Y", and ``own_name_nouns`` with ``relative_possessives``
  for the name the person was given: "X, whose real name is Y", "X, cuyo verdadero nombre es Y"):
  :mod:`kit.nlp.rows`; ``holiday_units`` ("weekend": "the Easter weekend" is a date,
  "the Good Friday agreement" a name): :mod:`kit.nlp.rows`,
  ``personal_pronouns``, ``stative_verbs`` ("be": no event), ``interview_verbs`` and
  ``outlet_words`` ("spoke to NBC News": no event), ``wire_agencies`` (the news agencies whose
  names and codes wires print, "(AFP)", "EFE", "Reuters": with the corpus's own ``source``
  outlets, no actor of the registry, the network or an event, though still a cited source:
  :func:`kit.actors.registry.names_an_outlet`), ``caption_cues`` ("Photo:") and
  ``stamp_cues`` ("Updated ..."): :mod:`kit.timeline.clauses`; ``dateline_places`` ("border",
  "frontera": lower-case words that describe a dateline's place after its name, "WADI KARAS,
  Tarn-Velmar border, Oct. 26 —"): :mod:`kit.extract.datelines` and :mod:`kit.timeline.clauses`;
  ``kicker_words`` ("UPDATE", "WARNING", "ÚLTIMA HORA": a page's label in capitals before a
  colon, with them the stamp and caption words, is no dateline's place): :mod:`kit.extract.datelines`;
  ``header_words`` ("page", "edition", "página": the words a page header's field may write in
  lower case beside its outlet's name, "English edition", "page 3"): :mod:`kit.timeline.clauses`;
- ``prospective_preps`` ("for", "to": a date after them is a target, later than
  its clause: "a meeting for Monday", "extended to Monday"): :mod:`kit.extract.dates`;
- ``topic_preps`` ("on", "about": a gerund after them tells what a noun is about, "the
  plan on ending hostilities", and a date hung on it dates the clause's act, but a target
  after ``forward_cues``, "on cutting emissions by 2030", or the day of an event noun
  after ``scheduling_words``, "scheduled a vote on leaving the bloc on 23 June"):
  :mod:`kit.extract.dates`;
- ``cleft_subjects`` ("it") and ``cleft_marks`` ("that", "when", "where"): a cleft
  sentence, "It was in November *that* the parties reached it", whose date is the
  clause's after the mark, not the copula's (``be_forms``): :mod:`kit.extract.dates`;
- ``count_hedges`` ("over", "under": before a count back, more or less than it, "over a
  week ago", no day a week before publication; dropped with the prepositions before a
  date, so read apart): :mod:`kit.timeline.rules`;
- ``passive_forms`` ("was", "were", "fue", "fueron": right before a verb, a passive told of the past, "was
  arrested in January", "fue detenido en enero": the person underwent another's act, no act
  of their own to join a day's event by): :mod:`kit.timeline.merge`;
- ``date_named_nouns`` ("avenida", "plaza", "hospital", "movimiento": a day of the month
  written right after one is part of the name, "la avenida 12 de Octubre", not a date;
  Spanish only): :mod:`kit.extract.dates`;
- ``after_preps`` ("after", "tras": an event noun after them, and so the date that
  dates it, lies before its clause's act: "will resume after a meeting on Monday"):
  :mod:`kit.extract.dates`; such a date is background, not a reference for "two days
  earlier": :mod:`kit.timeline.context`;
- ``date_hedges`` ("as early as", "only": dropped before a date) and
  ``date_run_on`` ("after", "amid": where a DATE span that runs on is cut):
  :mod:`kit.timeline.resolve`;
- ``articles`` ("the", "el", "las") lead no organisation's name when the name an article
  or corpus gives in full is sought ("Las Milicias Osk" is no fuller name that "Milicias
  Osk" ends, as "The Osk Militias" is none of "Osk Militias"): :mod:`kit.lexicon.canonical`;
- ``head_preps`` ("of", "for", "in"; "de", "del", "para", "por", "en"): the words after
  which an organisation's name goes on with what it is of, for or in ("Liberation Tigers
  | of Tamil Eelam", "Frente Nacional | para la Liberación de Osk"), so the head before
  them names the organisation and a name that ends its complement does not:
  :mod:`kit.lexicon.canonical`;
- ``complement_preps`` ("of", "for"), ``articles``, ``of_preps``, ``conjunctions`` and
  ``complement_stops`` ("since": "ambassador to the UN | since 2006"): the function words
  a title phrase is read with, per language (:func:`kit.extract.phrases.phrase_words`);
  ``remit_preps`` ("on": a complement naming what an office is for, "special adviser *on*
  Cyprus", not a date, "the envoy *on* Friday", nor one whose first noun is of
  ``circumstance_nouns``, where or how the holder is: "the commander on the *ground*",
  "the minister on a *visit* to X"), and ``present_modifiers`` ("current",
  "incumbent", "new", "nuevo", "actual": when the holder holds an office, no part of it,
  "the *current* spokesman of the alliance", "la *nueva* canciller, X"), and
  ``seat_participles`` ("based", "headquartered": the last word of a hyphenated modifier
  that says where a body sits, no part of the office, "president of the *Osk-based*
  Council of Elders" is "president of the Council of Elders"): :mod:`kit.extract.phrases`;
- ``org_words`` also holds transliterated words that make a PERSON tag an
  organisation when they open it ("jaish", "jabhat": "Jaish al-Sadiqin"): :mod:`kit.nlp.rows`;
- ``appointing_verbs`` and ``role_preps`` ("name", "appoint", "swear"; "as": "named X as
  chair of the committee", "X was sworn in as prime minister" give X the title),
  ``leaving_verbs`` and ``leaving_nouns`` ("resign", "step", "dimitir"; "resignation",
  "dimisión": "X resigned as foreign minister", "X presentó su dimisión como ministro"
  give X the office he held): :mod:`kit.extract.roles`;
- ``body_anaphors`` ("council", "front": "the Council" written alone is the one
  organisation of its article whose name ends with it): :mod:`kit.lexicon.canonical`;
- ``side_participles`` and ``backer_participles`` (after a hyphen, between a side
  and a title: "the Houthi-*appointed* governor" is the Houthis'; "the
  Russian-*backed* separatist leader" is not Russia's): :mod:`kit.extract.phrases`; a
  government so backed or installed is the backer's, in Spanish after the participle and
  ``agent_preps`` ("head of the Moscow-*backed* government in Osk", "jefe del gobierno
  *respaldado* por Moscú"): :mod:`kit.extract.roles`;
- ``scene_preps`` (a sentence that opens "*In* Washington, ..." is set in that
  capital's state: a bare office in its main clause is that state's, and one "*at*
  the White House" is no official of the state a story is filed from,
  :mod:`kit.extract.roles`; ", the prime minister *in* Skopje," is that capital's
  state's office, :mod:`kit.extract.phrases`) and ``posted_titles`` (words of titles
  held *in* another state's capital: "the ambassador in Washington" serves another state);
- ``escort_verbs`` (lemmas of going with someone: "Lo *acompañaron* el canciller A y la
  ministra B": people affiliated with the person they accompany, whose side the registry
  lends them): :mod:`kit.extract.roles`;
- ``encounter_verbs`` (lemmas of meeting someone: "In Moscow, President Durmaz *met*
  President Vorontsev" sets two people of two states in one scene, so the scene gives
  neither a side): :mod:`kit.extract.roles`; with ``hostile_verbs`` (lemmas of attacking
  someone), acts that are events of their own ("A met B last week", "A attacked B last
  week" are not the truce the two signed that Friday): :mod:`kit.timeline.merge`;
- ``protest_verbs`` (lemmas of protesting: "protest", "demonstrate", "manifestar"): with
  ``hostile_verbs``, acts of unrest, events of their own at a place where others happen
  that day ("farmers protested in A on Saturday" is not the accord signed in A that day):
  :mod:`kit.timeline.merge`;
- ``meeting_verbs`` (lemmas whose act is a meeting: "meet", "confer", "reunir", "sentar",
  "dialogar"): such a verb names the talks (``meeting_nouns``) as "signed" names "the
  signing", so "the delegations sat down in A on Monday" and "the talks opened in A on
  Monday" share an event noun, when they share a name or the place (a verb alone is
  many acts: "sentó las bases", "negotiated a pay rise"); and, like ``onset_verbs``, two of
  them tell one meeting for a coarser report and an event that share an event noun ("the
  conference first met in July", "the conference convened in A on 30 July"), though a
  meeting is none of the acts that happen once to an event: :mod:`kit.timeline.merge`;
- ``agreeing_verbs`` (lemmas of agreeing on a text: "agree", "acordar", "pactar"): like a
  signing verb, with no one else acting in its clause and a thing for its subject ("the
  implementation plan agreed on 3 May", "la agenda fue pactada en marzo"), it tells an
  agreement reached: :mod:`kit.timeline.reports`;
- ``onset_verbs`` (lemmas of starting something: "begin", "open", "iniciar"): a coarser
  report and an event that both tell the start of the same event noun (or, when
  neither names one, of a name both give) tell one act in other words ("talks began in July",
  "the talks opened in Rome on 10 July"; "Velmaro's calendar starts in April", "the plan
  for Velmaro will begin on 1 April"):
  :mod:`kit.timeline.merge`; in the present they tell a scheduled act, ahead ("the truce
  begins Friday"): :mod:`kit.extract.dates`;
- the lists of one act in other words, each read as :data:`SAME_ACT_LISTS` says (one table):
  ``signing_verbs`` ("sign", "ink", "firmar", "suscribir"), ``arrival_verbs``
  ("arrive", "land", "llegar"), ``departure_verbs`` ("leave", "depart", "abandonar",
  "salir"), ``appointment_verbs`` ("appoint", "elect", "name", "nombrar",
  "elegir"), ``ban_verbs`` ("ban", "embargo", "prohibir": a verb or the noun of the
  act), and the acts of conflict and its ending, each a verb or the noun of the act:
  ``surrender_verbs`` (giving up arms or power: "surrender", "hand", "decommissioning", "disarmament",
  "entregar", "dejación"), ``capture_verbs`` ("capture", "seize", "overrun", "capturar"),
  ``killing_verbs`` ("kill", "assassination", "asesinato", "matanza"),
  ``withdrawal_verbs`` ("withdraw", "pullout", "retirada", "repliegue") and
  ``combat_verbs`` (fighting told as a verb or a noun: "fight", "offensive", "clashes",
  "enfrentar", "combates"): each list names
  one act in other words, so two reports whose verbs are in one
  list share a trigger as if they had the same verb ("negotiators inked the text on 13
  July", "the annex was signed in July"; "the first soldiers landed on Monday", "troops who
  began arriving last week"; "the council banned arms sales on Wednesday", "the embargo
  imposed in May"; "the militia surrendered its rifles on Thursday", "the first stage of
  decommissioning last month"; "the president was killed on 21 October", "the
  assassination of the president in October"; "rebels fought the army near A in
  February", "the rebel offensive in February"): :mod:`kit.timeline.evidence`;
- ``concluding_verbs`` ("seal", "sign", "conclude", "broker", "sellar"): likewise, but only for a
  coarser report and an event that share an event noun ("negotiators sealed the accord
  on 13 July", "the accord was signed in July"; "the mediator who brokered the accord in
  July"; "sealed off the border" is no signing):
  :mod:`kit.timeline.merge`;
- ``attendance_verbs`` ("attend", "witness", "presenciar", "acompañar"): a report whose verb
  is one of them with an event noun for its object tells that event as its act ("the envoy
  *witnessed* the signing on Thursday" and "the two sides signed on Thursday"; "el obispo
  *acompañó* la firma"): :mod:`kit.timeline.evidence`;
- ``impersonal_verbs`` (Spanish "haber", "llover": verbs of no subject, "*hubo* disparos"):
  a finite form of one carries no left-out subject: :func:`kit.extract.dates.implied_subject`;
- ``approval_verbs`` (lemmas of a body's assent: "approve", "endorse", "vote", "ratificar"):
  likewise, a coarser report and an event that both tell the adoption of the same event noun
  tell one act in other words ("the council endorsed the truce in December", "the council
  voted on Saturday to back the truce"): :mod:`kit.timeline.merge`;
- ``declaring_verbs`` (lemmas of making a stand public: "announce", "declare", "anunciar",
  "declarar"): a coarser report told of the past and an event whose own reports tell such a
  statement, both of one event noun, tell one declaration in other words, though a reporting
  verb is no act ("the front declared a ceasefire in March", "the front announced a ceasefire
  on Wednesday"; not the day the ceasefire took effect): :mod:`kit.timeline.merge`;
- ``document_nouns`` ("resolution", "amendment", "remarks", "carta": a text an act adopts,
  hands over or answers): a coarser report and an event that name the same one tell one
  act, whatever their verbs ("its remarks on the draft earlier this month", "A handed its
  remarks on the draft to B on Tuesday"): :mod:`kit.timeline.clauses`,
  :mod:`kit.timeline.merge`; a PERSON entity opening with one ("Declaración Conjunta de X") is a
  text's name: :mod:`kit.nlp.rows`;
- ``number_signs`` ("No.", "número": the sign of a number after a document noun): a document
  named with its number ("Resolution No. 88", "la resolución 88") is one text, and two reports of
  one day naming it tell its one act: :mod:`kit.timeline.merge`;
- ``numbered_nouns`` ("resolution", "decree", "flight", "decreto": a kind of thing whose
  members a number after the noun names): that number ("Resolution 1929", "el decreto 1990")
  is no year: :mod:`kit.extract.dates`;
- ``membership_verbs`` and ``membership_preps`` (a person their subject is in a group:
  "A *sat on* the North Korean side", "B *was* part of the North's team"; "*En* la
  delegación chilena *figuraban* C y D", "la delegación, *en* la que *figuraba* E", the
  relative pronoun standing for the group): :mod:`kit.extract.roles`;
- ``here_words`` and ``away_preps`` ("signed *here* on Sunday", "*aquí* se firmaron": the
  place of the article's dateline; not "cerca *de aquí*"):
  :mod:`kit.timeline.reports`;
- ``simultaneous_marks`` and ``loose_marks`` (what follows "..., *when* the army removed
  Omar al-Fadil" after a dated clause happened at that time: its names and verb
  are evidence of the event; "as" only before a personal pronoun):
  :mod:`kit.timeline.reports`;
- ``light_verbs`` ("take", "make": their irregular forms, "took effect", "made
  clear", are said of too many events to tie two reports): :mod:`kit.timeline.evidence`;
- ``polity_heads`` ("president", "prime minister": the office of a polity's own head;
  "Vestland's President X" speaks for Vestland where the lexicons know it as no state,
  subdivision or city): :mod:`kit.extract.roles`;
- ``presidency_words`` and ``presidency_heads`` ("*presidential* spokesman", "adviser to
  *the president*": an office of the one sitting *president* the article names with
  a side, not a *vice* president: ``deputy_modifiers``): :mod:`kit.extract.roles`;
- ``relative_pronouns``, ``perfect_aux`` and ``office_verbs`` (", *who became* prime
  minister last year", ", *who has been* speaker since 2019": the title a relative
  clause gives a name now; not "who was"), ``styling_verbs`` and ``reflexive_pronouns``
  (", *who calls himself* the sultan of X": a title the person claims) and ``succession_verbs`` (", *who has
  succeeded* X as secretary of state": the title after "as", ``role_preps``; a
  relative pronoun also ends an apposition, ", comandante *que* participó"):
  :mod:`kit.extract.phrases`; ``title_verbs`` ("head", "chair": ", who *heads* the
  council", "the committee, *chaired* by X": an office over what the person heads, the
  verb its title's noun; "dirigir", "encabezar": "la Cancillería que *dirige* X", an
  office only over a body of ``heads.csv``, :func:`head_offices`) and ``holder_nouns``
  ("titular": "el *titular* del Congreso, X", the holder of a body's head office) and
  ``charge_nouns`` ("cargo": "el Ministerio del Interior, a *cargo* de X", "X, a *cargo* de la
  Cancillería": a body and its head on either side of "a cargo de"):
  :mod:`kit.extract.headships`; ``owner_adjectives`` ("guerrillera", "gubernamental":
  written after a group noun of ``member_groups``, as a demonym may be, they say whose
  group it is, the side and not the role: "jefe de la delegación *guerrillera*" is
  "head of the delegation"; one ``glossary.csv`` translates is read in English before its
  noun, "delegación *gubernamental*": "head of the government delegation"), of which
  ``state_adjectives`` ("gubernamental") say the group is the government's, read back as
  "del gobierno" is (the country the article names with it, or names most), and
  ``subdivision_anaphors`` ("estado": a country's subdivision as well as the state, "el
  gobernador del *estado*") are read back first to the country of the subdivisions of
  ``subdivisions.csv`` named just before ("el estado de Chiapas": Mexico), and an office
  over ``federal_words`` forces ("federal", "federales") in or of a subdivision is the
  subdivision's state's ("commander of federal forces in Tamaulipas": Mexico's, :mod:`kit.extract.roles`;
  in a place the lexicons do not know, the one state the article names whose formal name in
  ``countries.csv`` has a word of ``federation_words`` ("Russian Federation", "Federal Republic
  of Germany": :func:`kit.lexicon.states.federal_states`), weakly;
  whoever a participle of ``representation_verbs`` makes an organisation's agent, "the
  African Union, represented by the Chilean minister X", speaks for it):
  :mod:`kit.extract.phrases`; ``group_heads`` ("frente", "resistencia", "movimiento": the
  head nouns of groups' names; a name the model tags a place or other name that opens
  with one is an organisation's, a party after "por", "la Resistencia Costeña"; no place's
  noun is one of them, "la Carretera Panamericana", "la Sierra Madre"; an organisation's name
  opening with one is no person's after a title word, "el gobernante Partido Nacional", the
  ruling party; a demonym written right after an organisation's name opening with one whose
  English is no state organ's, "del Frente Popular boliviano", not "del Ejército chileno", is
  part of the group's name, and the group, not the state, the side of whom it serves): :mod:`kit.extract.phrases`, :mod:`kit.extract.roles`;
- ``party_family_adjectives`` ("liberal", "conservative", "labour"; "conservador",
  "laborista": the lower-case adjective of a family of parties, written before a person's
  name or in his title, "el liberal X", "the Labour MP Y", "el candidato liberal, Z"): the
  registry ties it to the one party of the corpus named with that word ("el Partido
  Liberal"), else no side: :mod:`kit.extract.roles`;
- ``faith_adjectives`` ("Muslim", "Sunni", "católico": a faith, no party, so "Muslim leader X"
  gives no party adjective for the registry to tie to "the Muslims" of the corpus):
  :mod:`kit.extract.roles`;
- ``ethnic_adjectives`` ("Zulu", "Kikuyu", "Uyghur", "mapuche"; hand-made, general
  vocabulary: the names of ethnic groups and peoples the news writes before a title, a
  state's minorities and the peoples of its sub-national regions among them ("Chechen",
  "Kurdish", "Tibetan", "Abkhaz"), that are no state's demonym of ``demonyms.csv``
  ("Tajik", "Uzbek" are), nor a common word or given name elsewhere ("Roma", "Afar",
  "Maya", "Karen"); "Basque" is left out, a word the titles lexicon reads with its own
  government's offices; no package installed here lists them): an entity the model tags
  with such a name alone, or its plural, is a people, so "a Zulu leader" is a "leader", the
  adjective no part of the role nor an organisation of its own, nor a party adjective:
  :mod:`kit.extract.roles`; ``governed_peoples`` (hand-made, a subset of it: the peoples
  with a government, parliament or administration of their own below or apart from a
  state, "Chechen", "Kurdish", "Tibetan", "Abkhaz", "Ossetian", "Ingush"): such a name
  before a state's office ("Chechen Prime Minister X") makes it that people's own
  government's, no office of the state the article names, so no state side is read for it
  from the article; another people's name there only says who the holder is ("Hutu
  President X" keeps the state's office): :mod:`kit.extract.roles`;
- ``place_group_nouns`` ("group"): the lower-case noun after a place's name that makes
  "the Tampere group" an organisation (a faction or delegation named after where it formed),
  not a place: :mod:`kit.extract.phrases`;
- ``government_head_titles`` ("President", "Prime Minister"; English only, the role
  shown): the offices that may head a government; whoever "the government of X" names
  holds the one of them their state has (a kingdom has no President: Prime Minister;
  the United States and the other presidential republics of the Americas, which ``titles.csv``
  lists as states without one, no Prime Minister: President), else "head of government":
  :mod:`kit.extract.roles`;
- ``grouping_verbs`` (forms, "groups", "includes": "The alliance, which calls itself
  X, groups A, B and C": the names listed after one, its subject a group noun opening the
  sentence, are its members and take its side): :mod:`kit.extract.roles`;
- ``compass_halves`` ("the *North*'s foreign minister": the one state the article
  names whose name opens with that word, "North Korea"), ``age_words`` ("year-old": joined
  to a number, a holder's age, read past before a title, "the 62-year-old foreign
  minister"): :mod:`kit.extract.phrases`;
- ``stopwords`` (common function words of each language kit can tell apart):
  :func:`kit.ingest.boilerplate.guess_language`;
- ``source_postmodifiers`` ("familiar with", "on condition of anonymity": what makes a
  noun after it a source without a reporting verb), ``seniority_words`` ("senior",
  "high-ranking": a source's ``seniority``) and ``source_determiners`` ("other", "third":
  words of a source's ``determiner`` the parser does not tag one), ``source_body_preps``
  ("at", "of", "de": the body a source serves, its side, after its noun, "an official at the
  army command"): :mod:`kit.extract.sources`,
  with the number words of ``number_words.csv`` (:func:`numbers`, ``source_counts``: "two"
  officials, "a couple", "both"), ``indefinite_articles`` ("a", "an", "un": no count before a
  plural, "a few officials"; someone described by where they are from, "a woman from X",
  :mod:`kit.actors.registry`), ``attribution_phrases`` ("according to": its object is a
  source) and the plurals of ``plurals.csv`` (:func:`plurals`, "unnamed people"; also, in
  every language, the plurals of the group, event and document nouns a dated clause names,
  "the parties", "the treaties": :mod:`kit.timeline.clauses`);
- ``relative_subjects`` ("who", "which", "that", "whom", "que": the subject of a relative clause
  is no subject of its date's clause), ``adverbial_relatives`` ("where", "when", "donde",
  "cuando": a relative clause they open tells where or when, so the noun it hangs from is no
  subject of its verb, "la Nunciatura, donde entró el domingo"), ``time_relatives`` ("when",
  "cuando": "was due to end on Saturday, *when* the chairs extended the deadline", the clause
  after the date tells what happened on it): :mod:`kit.extract.dates`;
- ``speaker_nouns`` ("spokesman", "sources", "portavoz", "fuentes": who only speaks for
  others; "a spokesman said last night that the watch will be kept up" tells a statement
  of an unnamed source, no event): :mod:`kit.timeline.reports`;
- ``ordinal_words`` ("the *sixth* is to be held next month": a subject counting the
  event nouns named before it): :mod:`kit.timeline.reports`;
- ``plural_endings`` ("s"; "s", "es": what a language adds to a title's word in the
  plural, "los jefes negociadores"): :mod:`kit.extract.titles`, :mod:`kit.extract.phrases`;
  ``plural_respellings`` ("y:ies"; "z:ces": a word's ending, and what it is written as in the
  plural, "secretary" → "secretaries", "juez" → "jueces"): the same, with ``plural_endings``
  read through :func:`plural_endings`;
- ``byline_joiners`` ("By Ana Ruiz *with* Tom Lee", "Por Ana Ruiz *con* Tom Lee": a word that
  joins a second writer to a byline's name, as a conjunction does): :mod:`kit.extract.bylines`;
- ``writer_titles`` ("Ana Ruiz, *Staff Writer*", "Ana Ruiz, *corresponsal*": what a byline
  writes after its writer's name and a comma) and ``credit_phrases`` ("Ana Ruiz *reported from*
  Osk.", "Ana Ruiz *contributed reporting*.": a line that credits the name opening it):
  :mod:`kit.actors.credits`;
- ``byline_words`` ("*By* Tendai Mashingaidze" opening a line: the first name after it is
  the byline's), read by every stage through :func:`kit.extract.bylines.byline_word`: :mod:`kit.nlp.rows`; with ``credit_words`` ("(*Reporting* by X;
  *Editing* by Y)", "*Additional reporting* by Z") and ``caption_cues`` ("*Photo* by X"),
  the names of those who wrote, edited or photographed a story, no actors of its
  network, and a byline's date, which dates no event: read by :mod:`kit.extract.bylines`
  for :mod:`kit.actors.credits` and :mod:`kit.timeline.clauses`;
- ``chain_back_words`` ("earlier", "previous": "two days *earlier*" counts back) and
  ``chain_day_units`` ("day", "morning", "time": "the next *morning*" is a day),
  ``chain_closers`` ("had", "was": "the day before *had* gone well" ends the chain
  "the day before", which the parse cut to "the day": :mod:`kit.timeline.resolve`), and
  ``apart_words`` ("after", "before": "on Thursday, eleven days *after* they signed"
  dates what follows): :mod:`kit.timeline.relative`; ``cause_marks`` ("in protest at",
  "because of": the names after them are another event's), ``replacement_marks`` ("in place
  of", "en reemplazo de": the names after them are who the clause's actor succeeds, no
  actors of its act), ``frame_preps`` ("during",
  "durante": "killed on 16 November, *during* the offensive" names the event it happened
  in, not its own event noun), ``prior_act_preps`` with ``gerund_endings`` and, in Spanish,
  ``infinitive_endings`` and ``enclitic_pronouns`` ("A day *after signing* the accord, they
  addressed ...", "horas *después de firmar* el tratado": an act before the clause's, whose
  words are not the clause's), ``perfect_aux_forms`` ("have", "had", "ha", "había": the
  auxiliaries before a relative clause's verb, "who *had* met"), ``since_state_verbs`` ("live",
  "die", "vivir": after "since", what held or kept happening since then, "the land they have
  *lived* in since 1948", "who had *died* since 1948", no event at its start, as a stative
  verb's; "has talked to B since Monday" dates the talks' start): :mod:`kit.timeline.reports`; ``date_leading_preps`` ("on", "since", "desde": dropped before a
  date; a capitalised month after one is a date, not a given name: :mod:`kit.nlp.month_names`), ``day_parts`` and the words that keep a part of the day in the expression,
  ``day_part_deictics`` (the whole rest: "*last* night") and ``day_part_modifiers`` (its
  last word: "the *next* morning"): :mod:`kit.timeline.resolve`; ``act_day_preps`` ("on",
  "el": right before a day, it is the day its clause's act took place, "began *on* May 15",
  "entregó las armas *el* 25 de noviembre", so the tense of that act decides which year a
  year-less day is in) unless a word of ``day_target_words`` stands before it ("para el
  5 de diciembre", "a más tardar el 31": a target): :mod:`kit.timeline.resolve`;
- ``be_forms`` and ``scheduling_words`` ("is to hand back", "had been *due* to end": a
  clause with only "be" still makes an event): :mod:`kit.timeline.clauses`;
- ``place_before_preps`` ("in", "near"; "en el": read in every language) and
  ``place_before_moves`` ("flew", "visited" before "to"): the words before a name that
  make it a place, :mod:`kit.timeline.reports`;
- ``nominal_endings`` ("ion", "ment": "invasion" is the noun of "invade") and
  ``stem_endings`` (what may follow an English verb's stem in a form of it or a word made
  from it: "sign-ed", "sign-atories", so "sign" is not said in "significant"):
  :mod:`kit.timeline.evidence`; a verb and the noun of its act that no ending makes from it
  ("die", "death"; "morir", "muerte") are a table of their own, ``verb_nouns.csv``, when
  the verb alone names the noun's act (not "rise", "uprising": a toll or a crowd rises).

Seasons and the month each starts in are ``kit/lexicon/data/seasons.csv``
(:func:`seasons`). The number words of time expressions ("two days") and the ordinals
("the first week", "the last week") are lists of ``number_words.csv``
(``duration_numbers``, ``ordinals``): :mod:`kit.timeline.rules`, :mod:`kit.timeline.relative`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kit.lexicon.files import (
    DATA_DIR,
    DEFAULT_LANG,
    NUMBER_LISTS,
    SCHEMAS,
    WORD_LISTS,
    LexiconError,
    lexicon_cache,
    read_table,
)

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
"""The marks of a possessive written as their own token ("the minister | 's", "the
ministers | '"), whatever the language of the Doc: the one set of them, for the names' and the
extractors' readers."""

SAME_ACT_LISTS: Mapping[str, str] = MappingProxyType({
    "signing_verbs": "any", "arrival_verbs": "any", "departure_verbs": "any",
    "appointment_verbs": "any", "ban_verbs": "any", "surrender_verbs": "any", "capture_verbs": "any",
    "killing_verbs": "any", "withdrawal_verbs": "any", "combat_verbs": "any",
    "onset_verbs": "coarser", "concluding_verbs": "coarser", "meeting_verbs": "coarser",
    "approval_verbs": "coarser past",
})
"""The one table of the lists of ``words.csv`` each naming one act in other words, and when
two reports whose verbs are in one list tell one act (:mod:`kit.timeline`): ``any``, any two
reports ("inked the text on 13 July", "the annex was signed in July"); ``coarser``, a coarser
report and an event that share an event noun, or a name when neither names an event
noun ("talks began in July", "the talks opened on 10 July": "open" alone is said of many
acts); ``coarser past``, likewise when the report
tells of the past (an assent planned is none yet). Read with :func:`same_act_lists`."""


def same_act_lists(when: str) -> tuple[str, ...]:
    """The lists of :data:`SAME_ACT_LISTS` read as one act ``when`` ("any", "coarser",
    "coarser past").

    >>> same_act_lists("coarser past")
    ('approval_verbs',)
    """
    return tuple(name for name, scope in SAME_ACT_LISTS.items() if scope == when)



@lexicon_cache
def _event_classes(scope: str) -> Mapping[str, frozenset[str]]:
    """word -> its classes of ``event_classes.csv`` of ``scope`` (every language, accents or
    none)."""
    found: dict[str, set[str]] = {}
    for row in read_table("event_classes", lang=None):
        if row["scope"] == scope:
            found.setdefault(row["term"].lower(), set()).add(row["class"])
    return MappingProxyType({term: frozenset(classes) for term, classes in found.items()})


def event_classes(word: str, scope: str = "any") -> frozenset[str]:
    """The classes of event a trigger (a verb's lemma or the noun of its act) tells, in any
    language (``event_classes.csv``): of ``scope`` "any", two words of one class tell one act
    ("travel", "speech", "meeting", "signing", "vote", "election", "inauguration": taking office,
    "sworn in", "se proclamó presidenta", "asumió la Presidencia"; "release": freeing someone, "lo
    dejó en libertad", "la liberación"; "return": "el regreso", "el retorno"); of scope "thing", only when said of one
    thing ("opening", "closing": "open" and "end" are said of many acts). None for a word of no
    class.

    >>> sorted(event_classes("address")), sorted(event_classes("hablar")), sorted(event_classes("Viajar"))
    (['speech'], ['meeting', 'speech'], ['travel'])
    >>> event_classes("say"), event_classes("instalar"), event_classes("instalar", "thing")
    (frozenset(), frozenset(), frozenset({'opening'}))
    """
    return _event_classes(scope).get(word.lower(), frozenset())

@lexicon_cache(maxsize=1 << 12)  # every list in every language: a smaller cache thrashes
def words(name: str, lang: str = DEFAULT_LANG) -> frozenset[str]:
    """The word list ``name`` in language ``lang``.

    Raises
    ------
    LexiconError
        ``name`` is not a list kit knows, or the list has no row in ``lang``.

    Examples
    --------
    >>> "say" in words("reporting_verbs")
    True
    """
    if name not in WORD_LISTS:
        raise LexiconError(f"no word list {name!r}; kit's lists are {', '.join(WORD_LISTS)} "
                           f"(rows of {DATA_DIR / SCHEMAS['words'].file})")
    terms = frozenset(row["term"] for row in read_table("words", lang=lang) if row["list"] == name)
    if not terms:
        raise LexiconError(f"{DATA_DIR / SCHEMAS['words'].file}: word list {name!r} has no row "
                           f"in language {lang!r}; add rows '{name},<term>,{lang}'")
    return terms


@lexicon_cache(maxsize=1 << 12)
def words_or(name: str, lang: str, default: frozenset[str] | None = None) -> frozenset[str]:
    """The word list ``name`` in ``lang``; where it has no row in ``lang``, ``default``
    (None: the English list). A list kit does not know still raises :class:`LexiconError`.
    Cached, the lists without a row in ``lang`` too (:func:`words` caches no error).

    Examples
    --------
    >>> words_or("person_possessives", "xx", frozenset())
    frozenset()
    >>> "the" in words_or("articles", "xx")
    True
    """
    if name not in WORD_LISTS:
        words(name, lang)  # raises, naming kit's lists
    try:
        return words(name, lang)
    except LexiconError:
        return words(name) if default is None else default


@lexicon_cache(maxsize=1 << 10)
def words_in_any(name: str) -> frozenset[str]:
    """The word list ``name`` in every language it has rows in (a list may have none in
    English: ``infinitive_endings``): for text whose language a reader does not know (a
    clause in the dates table).

    Examples
    --------
    >>> {"talks", "reunión", "reunion"} <= words_in_any("meeting_nouns")
    True
    """
    if name not in WORD_LISTS:
        words(name)  # raises, naming kit's lists
    return frozenset(row["term"] for row in read_table("words", lang=None) if row["list"] == name)


def is_initials(text: str) -> bool:
    """Whether ``text`` is written as an organisation's initials: letters (and digits)
    in capitals, two letters at least, no ``common_acronyms`` word.

    >>> is_initials("SDLP"), is_initials("PKK"), is_initials("TV"), is_initials("Hamas"), is_initials("M23")
    (True, True, False, False, False)
    """
    return (text.isalnum() and text.upper() == text and sum(c.isalpha() for c in text) >= 2
            and text.lower() not in words_in_any("common_acronyms"))


def names_a_school(name: str) -> bool:
    """Whether an organisation's name is a school's: its head noun, the last word before
    an ``of_preps`` word or a "for" (or the last word), is one of ``school_nouns``
    ("Deakin University", "University of Lagos", "the Halden research institute"); a place
    of study or research employs a person, it is no side they speak for.

    >>> names_a_school("Halden University"), names_a_school("Institute for Peace Studies")
    (True, True)
    >>> names_a_school("Crisis Management Initiative"), names_a_school("University Coordinator for Democracy")
    (False, False)
    """
    stops = words_in_any("of_preps") | {"for"}
    head = ""
    for word in name.split():
        if word.lower() in stops:
            break
        head = word
    return head.lower() in words_in_any("school_nouns")


def verb_stem(lemma: str) -> str | None:
    """The start every regular form of the verb ``lemma`` shares ("close" → "clos":
    closes, closed, closing), or None under four letters (too short to find safely);
    ``verb_forms.csv`` holds the forms that do not start with it ("met" for meet).

    >>> verb_stem("close"), verb_stem("suspend"), verb_stem("fly")
    ('clos', 'suspend', None)
    """
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return stem if len(stem) >= 4 else None


@lexicon_cache
def verb_form_lemmas() -> Mapping[str, frozenset[str]]:
    """The irregular forms of English verbs of ``verb_forms.csv``, each with the lemmas it
    is a form of ("spoke": speak; "found": find and found): what :func:`verb_stem` cannot
    find.

    >>> sorted(verb_form_lemmas()["spoke"])
    ['speak']
    """
    found: dict[str, set[str]] = {}
    for row in read_table("verb_forms", lang=None):
        found.setdefault(row["form"], set()).add(row["lemma"])
    return MappingProxyType({form: frozenset(lemmas) for form, lemmas in found.items()})


@lexicon_cache
def numbers(name: str, lang: str = DEFAULT_LANG) -> Mapping[str, int]:
    """The number words of list ``name`` of ``number_words.csv`` in ``lang``, each with
    the number it stands for (none in ``lang``: empty), in the file's order.
    ``source_counts``: how many sources ("two officials", "both"); ``duration_numbers``:
    counts in time expressions ("two days", "a week"; :mod:`kit.timeline.rules`);
    ``ordinals``: which part of a period ("the first week", "the last week", -1:
    counted from the end; :mod:`kit.timeline.relative`); ``group_counts``: a subject
    that is only a count stands for the people named before it ("the two met on
    Friday", "los dos viajaron a Montevideo"; :mod:`kit.timeline.reports`).

    Raises
    ------
    LexiconError
        A ``value`` is not a whole number (the message names file, line and column).

    Examples
    --------
    >>> numbers("source_counts")["two"], numbers("source_counts")["both"]
    (2, 2)
    """
    if name not in NUMBER_LISTS:
        raise LexiconError(f"no number list {name!r}; kit's lists are {', '.join(NUMBER_LISTS)} "
                           f"(rows of {DATA_DIR / SCHEMAS['number_words'].file})")
    table: dict[str, int] = {}
    for row in read_table("number_words", lang=lang):
        if row["list"] != name:
            continue
        digits = row["value"].removeprefix("-")
        if not (digits.isascii() and digits.isdigit()):
            raise LexiconError(f"{row.where('value')}: {row['value']!r} is no whole number; "
                               "write the number the word stands for in digits ('2' for 'two', "
                               "'-1' for 'last')")
        table[row["term"].lower()] = int(row["value"])
    return MappingProxyType(table)


@lexicon_cache
def plurals(lang: str = DEFAULT_LANG) -> Mapping[str, str]:
    """The plurals of ``plurals.csv`` in ``lang``: nouns whose plural is not the noun and
    an "s" (none in ``lang``: empty).

    Examples
    --------
    >>> plurals()["person"]
    'people'
    """
    return MappingProxyType({row["singular"].lower(): row["plural"]
                             for row in read_table("plurals", lang=lang)})


@lexicon_cache
def plural_endings(lang: str | None) -> tuple[tuple[str, str], ...]:
    """``(singular ending, plural ending)`` of the words of ``lang`` (None: every language),
    shortest plural first: ``plural_endings`` add to the word (``("", "s")``),
    ``plural_respellings`` rewrite its end (``("y", "ies")``).

    Examples
    --------
    >>> plural_endings("en")
    (('', 's'), ('y', 'ies'))
    """
    def pick(name: str) -> frozenset[str]:
        return words_in_any(name) if lang is None else words_or(name, lang)

    pairs = [("", e) for e in pick("plural_endings")] + [
        (singular, plural) for singular, _, plural in (t.partition(":") for t in pick("plural_respellings"))]
    return tuple(sorted(pairs, key=lambda p: (len(p[1]), p)))


@lexicon_cache
def glossary(lang: str) -> Mapping[str, str]:
    """The English of the institutions, portfolios and bodies of government that
    ``glossary.csv`` gives in ``lang``, of the words that join them ("de": of) and
    of the nouns of unnamed sources ("funcionario": official),
    keyed as written (an institution with capitals,
    a common noun in lower case): how a role of another language reads in the
    registry's language ("presidente del Congreso Nacional" is "President of the
    National Congress"; none in ``lang``: empty).

    Examples
    --------
    >>> glossary("es")["Corte Suprema"], "corte suprema" in glossary("es")
    ('Supreme Court', False)
    >>> glossary("es")["Cámara de Diputados"] == glossary("es")["Camara de Diputados"]
    True
    """
    return MappingProxyType({row["term"]: row["english"] for row in read_table("glossary", lang=lang)})


@lexicon_cache
def head_offices() -> Mapping[str, str]:
    """The office of whoever heads a body of a state, by the body's English name in
    lower case (``heads.csv``: "Foreign Ministry" → Foreign Minister, "Congress" →
    President of the Congress): a body of another language is first read in English
    through :func:`glossary` ("la Cancillería que dirige X": Foreign Minister).

    Examples
    --------
    >>> head_offices()["foreign ministry"], head_offices()[glossary("es")["Ejército"].lower()]
    ('Foreign Minister', 'commander of the Army')
    """
    return MappingProxyType({row["body"].lower(): row["office"] for row in read_table("heads")})


@lexicon_cache
def body_states() -> Mapping[str, frozenset[str]]:
    """The states that have a body of a state whose name only some of them use, by the
    body's English name in lower case (``state_bodies.csv``: "House of Representatives" →
    the United States, Colombia, Japan, ...): a person of such a body that names no state
    is of the one of them the article names ("el presidente de la Cámara de
    Representantes, X" in a story naming the United States and Costa Rica, which has none);
    a body of another language is first read in English through :func:`glossary`.

    Examples
    --------
    >>> "Colombia" in body_states()[glossary("es")["Cámara de Representantes"].lower()]
    True
    """
    return MappingProxyType({row["body"].lower(): frozenset(s.strip() for s in row["states"].split(";") if s.strip())
                             for row in read_table("state_bodies")})


@lexicon_cache
def seasons(lang: str = DEFAULT_LANG) -> Mapping[str, int]:
    """Season names and the month each starts in (meteorological seasons).

    Examples
    --------
    >>> seasons()["fall"], seasons()["winter"]
    (9, 12)
    """
    table = {row["season"].lower(): int(row["month"]) for row in read_table("seasons", lang=lang)}
    if not table:
        raise LexiconError(f"{DATA_DIR / SCHEMAS['seasons'].file}: no season in language "
                           f"{lang!r}; add rows '<season>,<first month>,{lang}'")
    return MappingProxyType(table)
