/** Words that make a capitalised sequence an organisation, compared case-sensitively. */
export const ORG_CUES = new Set(
  (
    'Commission Ministry Council Agency Corporation Union Partnership Institute Organization ' +
    'Organisation Bank Authority Office Department Parliament Association Federation Group Foundation ' +
    'University Forum Alliance Fund Board Committee Secretariat Court ' +
    'Ministère Conseil Agence Banque Autorité Parlement Institut Fondation Commissariat Cour Groupe Université ' +
    'Ministerium Rat Amt Kommission Agentur Behörde Bundesamt Stiftung Verband Universität Parlament ' +
    'Bundestag Bundesregierung Bundesrat Gruppe Konzern'
  ).split(' '),
);

/** Legal forms close a company name ("Toyota Motor Corp."); the trailing dot belongs to them. */
export const LEGAL_FORMS = new Set('Corp Inc GmbH AG SA SE Ltd plc PLC LLC Co KK NV BV SpA SAS'.split(' '));
export const DOTTED_FORMS = new Set(['Corp', 'Inc', 'Ltd', 'Co']);

/** French cues are written lower case in running text ("le ministère de l'Économie"). */
export const FRENCH_LOWER_CUES = new Set([
  'ministère',
  'conseil',
  'agence',
  'banque',
  'commission',
  'autorité',
  'université',
]);

/** A German compound ending in one of these is an organisation on its own ("Bundesministerium"). */
export const GERMAN_SUFFIX =
  /^\p{Lu}\p{Ll}{2,}(?:ministerium|kommission|agentur|behörde|institut|verband|amt|bank)s?$/u;

/** Lower-case adjectives that follow a French noun: "Commission européenne", "ministre japonais". */
export const FRENCH_ADJECTIVE =
  /^\p{Ll}+(?:éenne|éen|aise|ais|ale|al|aux|ique|ienne|ien|ande|aine|ain|ère|ier)$/u;

/** Cues a name may follow directly, without a connector: "Institut Montaigne". */
export const NAME_AFTER_CUE = new Set(['Institut', 'Fondation', 'Stiftung', 'Groupe', 'Gruppe', 'Banque']);

/** Words that may sit inside an organisation name between capitalised words. */
export const CONNECTORS = new Set(
  'of for the and de du des d l la pour für der des von zur zum und et &'.split(' '),
);
export const LIST_AND = new Set(['and', 'et', 'und', '&']);

/** Capitals that are ordinary words or units, not organisations. */
export const NOT_ACRONYMS = new Set(
  (
    'I A OK TV CEO CFO COO CTO GDP AI PM AM IT PC ID VAT TVA PIB KI BIP ESG ETF IPO NB PS FAQ UTC GMT CET ' +
    'CEST JST SMS PDF USD EUR JPY GBP CHF CNY DNA RNA LNG EV EVS GW MW KW TWH GWH MWH CO AG SA SE NV BV KK ' +
    'LLC PLC LTD INC CORP R&D M II III IV VI'
  ).split(' '),
);
