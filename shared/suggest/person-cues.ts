/** Words before a name that say it is a person's; the title itself is not part of the span. */
export const TITLES = new Set(
  (
    'Mr Mrs Ms Dr Prof Sir Mme Mlle Herr Frau Monsieur Madame Professor Professorin ' +
    'President Président Présidente Präsident Präsidentin Commissioner Commissaire Kommissar Kommissarin ' +
    'Minister Ministre Ministerin Chancellor Kanzler Kanzlerin Bundeskanzler Bundeskanzlerin Secretary ' +
    'Ambassador Senator Governor Premier Chairman Chairwoman ' +
    'spokesman spokeswoman spokesperson minister commissioner president chancellor ambassador director ' +
    'executive economist analyst researcher professor chairman chairwoman founder ' +
    'ministre commissaire président présidente directeur directrice porte-parole chancelier chercheur ' +
    'chercheuse économiste analyste fondateur fondatrice patron patronne ' +
    'Sprecher Sprecherin Chef Chefin Direktor Direktorin Ökonom Ökonomin Analyst Analystin Forscher ' +
    'Forscherin Vorsitzende Vorsitzender Botschafter Botschafterin Staatssekretär Staatssekretärin ' +
    'Ministerpräsident Ministerpräsidentin Premierminister Premierministerin Gründer Gründerin Vorstandschef Vorstandschefin Geschäftsführer Geschäftsführerin'
  ).split(' '),
);

/** German compounds end in their title: "Bundeswirtschaftsminister", "EZB-Präsidentin". */
const COMPOUND_TITLE =
  /\p{Ll}(?:minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|sprecher|sprecherin|chef|chefin)$/u;

export function isTitle(word: string): boolean {
  return TITLES.has(word) || TITLES.has(word.slice(word.lastIndexOf('-') + 1)) || COMPOUND_TITLE.test(word);
}

/** "M" is a title only written "M." (Monsieur); bare it is an initial. */
export const DOTTED_TITLES = new Set(['M']);

/** Speech verbs followed by the speaker: "said Jane Roe", "selon Marie Dupont", "sagte Anna Weber". */
export const VERBS_BEFORE = new Set(
  'said says told added noted warned according selon déclaré indiqué souligné expliqué estimé affirmé sagte sagt erklärte betonte laut Laut so'.split(
    ' ',
  ),
);

/** Speech verbs after the speaker: "Jane Roe said". */
export const VERBS_AFTER = new Set(
  'said says told added warned noted explained a estime explique affirme sagte sagt erklärte betonte'.split(
    ' ',
  ),
);

/** Lowercase words allowed inside a name between capitalised ones ("Ursula von der Leyen"). */
export const PARTICLES = new Set('von van der den de du le la di da dos bin'.split(' '));

/** Capitalised words that end a name: calendar words the speech-verb rule would otherwise eat. */
export const NOT_NAMES = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June ' +
    'July August September October November December Montag Dienstag Mittwoch Donnerstag Freitag ' +
    'Samstag Sonntag Januar Februar März Juni Juli Oktober Dezember Prime Vice Deputy European Japanese ' +
    'American German French Chinese Minister President Commissioner'
  ).split(' '),
);
