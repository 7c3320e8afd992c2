/**
 * A German report (our own writing) that quotes two English statements far apart, so that
 * jumping to them has to scroll: twelve German paragraphs, an English one, twelve more, the
 * second English one, three to close.
 */
export const ENGLISH_FIRST =
  'We are ready to share what our agencies have learned about stockpiling and recycling with any partner that wants to reduce its dependence on a single supplier. The first joint projects should start next year, and we will report on them to both parliaments. Nobody should mistake this for a trade bloc: it is insurance.';
export const ENGLISH_SECOND =
  'The ministry will publish the list of shared projects in the spring, together with the budget that each side has agreed to provide for them over the next three years. Companies that want to take part can already ask for the conditions, which are the same on both sides.';

const GERMAN_TOPICS = [
  'Lagerhaltung',
  'Recycling',
  'Minenbeteiligungen',
  'Batteriematerialien',
  'Halbleitergase',
  'Seltene Erden',
];

function german(index: number): string {
  const topic = GERMAN_TOPICS[index % GERMAN_TOPICS.length];
  return (
    `Im ${index + 1}. Abschnitt des Berichts geht es um ${topic}. Die Delegationen prüften die Entwürfe ` +
    'für gemeinsame Lager und für die Beteiligung an Minen im Ausland, und die Beamten sagten, dass die ' +
    'Gespräche langsamer vorankommen als erwartet, weil die Ministerien noch über die Finanzierung streiten.'
  );
}

export function mixedArticle(): { name: string; text: string } {
  const paragraphs = [
    ...Array.from({ length: 12 }, (_, i) => german(i)),
    ENGLISH_FIRST,
    ...Array.from({ length: 12 }, (_, i) => german(12 + i)),
    ENGLISH_SECOND,
    ...Array.from({ length: 3 }, (_, i) => german(24 + i)),
  ];
  return {
    name: 'rohstoffbericht-zwei-zitate-de.txt',
    text: `Rohstoffbericht mit zwei Zitaten\n\n${paragraphs.join('\n\n')}\n`,
  };
}
