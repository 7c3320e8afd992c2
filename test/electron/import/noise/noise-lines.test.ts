import { describe, expect, it } from 'vitest';
import { cleanClip } from '../../../../electron/import/clip/clean-clip';

const BODY_ONE =
  'The harbour authority said on Monday that the new berth for repair ships would open in April.';
const BODY_TWO = 'Crews now stay for weeks rather than days, because each cable splice is tested twice.';

/** A clip with one line under test between two article paragraphs. */
function withLine(line: string) {
  return cleanClip(`Berth opens early\n\n${BODY_ONE}\n\n${line}\n\n${BODY_TWO}\n`, 'txt');
}

describe('cleanClip: noise lines', () => {
  it.each([
    // consent
    'We use cookies to improve your experience on our site.',
    'This website uses cookies. By continuing to browse you agree to our cookie policy.',
    'Accept all',
    'Manage preferences',
    'Wir verwenden Cookies, um Inhalte zu personalisieren.',
    'Alle akzeptieren',
    'Nous utilisons des cookies pour mesurer l’audience.',
    'Tout accepter',
    'Utilizamos cookies propias y de terceros.',
    'Utilizziamo i cookie per migliorare il sito.',
    '当サイトではクッキーを使用しています。',
    // comment forms
    'Leave a reply',
    'Leave a Comment',
    'Your email address will not be published.',
    'Required fields are marked *',
    'Post Comment',
    'Cancel reply',
    '0 Comments',
    '12 comments',
    'Kommentar schreiben',
    'Laisser un commentaire',
    'Deja un comentario',
    'Lascia un commento',
    'コメントを残す',
    // share bars and counters
    'Share',
    'Tweet',
    'Facebook',
    'Share on Facebook',
    'Share this article',
    'Facebook Twitter LinkedIn Email',
    'Share | Tweet | Email',
    '1,234',
    '3.4K',
    'Teilen',
    'Partager',
    'Compartir',
    'Condividi',
    'シェア',
    // hashtags
    '#shipping #cables',
    '#NorthCoast',
    // promotions
    'Sign up for our newsletter',
    'Subscribe now',
    'Get the Coast briefing delivered to your inbox every Friday.',
    'Newsletter abonnieren',
    'Abonnez-vous à notre newsletter',
    'Suscríbete',
    'Iscriviti alla newsletter',
    'Already a subscriber? Log in',
    'Subscribe to continue reading',
    'Log in',
    // feedback, labels, reading time
    'Was this helpful? Yes / No',
    'Was this article helpful?',
    'Yes / No',
    'War dieser Artikel hilfreich?',
    'Advertisement',
    'Anzeige',
    'Publicité',
    '広告',
    'Story continues below advertisement',
    '5 min read',
    'Lesezeit: 4 Min.',
    // credits, tags and disclaimers
    'Photo: Ledger staff',
    'Ships at anchor off the breakwater. Foto: Sven Halbach / Wirtschaftsfenster',
    'Picture credit: Stock photo / ByteSprout Daily',
    'Photo by Ines Okafor',
    'Aus dem Englischen von René Krämer',
    'Translated from the French by Ana Ruiz',
    'Traduit de l’anglais par Jules Marin',
    '（翻訳：小林遥）',
    'Tags: #AI #Semiconductors',
    'Schlagwörter: Häfen, Kabel',
    'Disclaimer: The information on this site is for general purposes only.',
    // decorated furniture
    '📬 Subscribe free',
    '[ ] Save my name, email, and website in this browser for the next time I comment.',
    '-Anzeige-',
    'Der Morgenbrief: die wichtigsten Nachrichten, jeden Werktag um 6 Uhr. Jetzt kostenlos abonnieren',
    'Diese Website verwendet Cookies. Mit »Alle akzeptieren« stimmen Sie zu.',
    '当サイトではクッキーを使用しています。すべて許可 / 設定を管理',
    'LEAVE A REPLY',
    'Please enter your comment!',
    'Hinterlasse eine Antwort',
    'Kommentar absenden',
    'コメントを送信',
    '87 partages Partager sur Facebook Partager sur X Envoyer par e-mail',
    // inline "read more" links
    'Read more: Ferry timetable cut for winter',
    'Lesen Sie auch: Windpark meldet Kabelschaden',
    'À lire aussi : Le trafic des ferries recule',
    'Leggi anche: Traghetti, orari ridotti',
    'Related: Ferry fares rise again',
    // navigation, counters and footers
    'Skip to main content',
    'Zum Inhalt springen',
    'MEHR',
    'More',
    'Updated a year ago',
    'Updated 3 hours ago',
    'Aktualisiert vor 2 Tagen',
    '93 out of 132 found this helpful',
    '12 von 40 Personen fanden dies hilfreich',
    'Our Standards: The Harbour Post code of practice.',
    'Mehr Infos',
    'Learn more',
    'Related: Will the berth open on time?',
    // copyright notices
    '© 2024 Harbour Post',
    'Copyright 2021 Harbour Post',
    '(c) Harbour Post 2022',
    'Copyright Harbour Post. All rights reserved.',
  ])('drops "%s"', (line) => {
    expect(withLine(line).text).toBe(`Berth opens early\n\n${BODY_ONE}\n\n${BODY_TWO}`);
  });

  it.each([
    'The regulator said websites must let users reject cookies as easily as they accept them.',
    'By 2030, the port expects twice as many cable ships.',
    'Subscribers to the ferry pass will pay less from April.',
    'Register of shipping shows forty cable ships worldwide.',
    'Share prices of the operator fell 3% on Monday.',
    'Email from the ministry confirmed the date.',
    'Von der Leyen said on Tuesday that the pact was vital.',
    'Par ailleurs, le port investit dans un nouveau quai.',
    'Di Maio ha detto che il porto è pronto.',
    'Read more about the plan on the port authority website.',
    '#1 priority, said the harbour master, is safety.',
    'Comments from the minister came late on Friday.',
    'Yes, the berth will open in April.',
    '5 minutes later the ship left the harbour.',
    'More than forty ships are waiting for repairs.',
    'Trending upwards: the number of repair days per splice.',
    'Readers who want the full report can subscribe.',
    'Photographers were kept away from the quay.',
    'The photo: a cable ship at anchor, taken from the lighthouse.',
    'Tagged containers are checked twice.',
    'Dieser Beitrag erschien zuerst auf Englisch bei The Meridian Ledger.',
    // openers of furniture that also open sentences
    'Copyright law was also on the agenda, with both sides agreeing to meet again in May.',
    'Copyright holders sued.',
    'Related: the EU wants a bigger share, officials said.',
    'Sign up was slow: only three firms joined the programme…',
    'Read more: the full report runs to 200 pages, the ministry said.',
    'A year ago the berth was still a car park.',
    'More ships than berths: the harbour master’s sums do not add up.',
    'Our standards are higher than the law requires, the operator said.',
    '93 out of 132 ships passed the inspection.',
  ])('keeps the article sentence "%s"', (line) => {
    expect(withLine(line).text).toContain(line);
  });

  it.each([
    ['Related posts', 'Chip makers warn of gallium squeeze', 'Japan courts EU on batteries'],
    ['Read more', 'Wind farm cable fault traced', 'Ferry timetable cut'],
    ['More from this author', 'Lighthouse diary goes on display', 'Dredging contract awarded'],
    ['Ähnliche Artikel', 'Windpark meldet Kabelschaden', 'Schlepper bekommen neue Anlegestelle'],
    ['À lire aussi', 'Le trafic des ferries recule', 'Tempête : les digues ont tenu'],
    ['Noticias relacionadas', 'Nueva línea de ferry', 'El faro reabre'],
    ['Articoli correlati', 'Mareggiata, chiusa la passeggiata', 'Nuovi orari dei traghetti'],
    ['関連記事', 'フェリーの冬ダイヤ、減便へ', '灯台の一般公開、今年も中止'],
  ])('drops the "%s" heading and the headlines after it', (heading, first, second) => {
    const cleaned = cleanClip(
      `Berth opens early\n\n${BODY_ONE}\n\n${heading}\n${first}\n\n${second}\n\n${BODY_TWO}\n`,
      'txt',
    );
    expect(cleaned.text).toBe(`Berth opens early\n\n${BODY_ONE}\n\n${BODY_TWO}`);
  });

  it('drops ad copy right under an advertisement label, but not a paragraph after a blank line', () => {
    const under = cleanClip(
      `Title\n\n${BODY_ONE}\n\n-Anzeige-\nJetzt Depot wechseln. Mehr Infos\n\n${BODY_TWO}\n`,
      'txt',
    );
    expect(under.text).toBe(`Title\n\n${BODY_ONE}\n\n${BODY_TWO}`);
    const apart = cleanClip(`Title\n\n${BODY_ONE}\n\nAdvertisement\n\n${BODY_TWO}\n`, 'txt');
    expect(apart.text).toBe(`Title\n\n${BODY_ONE}\n\n${BODY_TWO}`);
  });

  it('drops related headlines that end with a question mark', () => {
    const cleaned = cleanClip(
      `Title\n\n${BODY_ONE}\n\nMehr zum Thema\n- Lithium am Oberrhein: Wie realistisch ist der Abbau?\n`,
      'md',
    );
    expect(cleaned.text).toBe(`Title\n\n${BODY_ONE}`);
  });

  it('stops dropping after a related list when the article resumes with a sentence', () => {
    const cleaned = cleanClip(
      `Title here\n\n${BODY_ONE}\n\nRead more\nFerry timetable cut\nThe ministry declined to comment on the plan.\n`,
      'txt',
    );
    expect(cleaned.text).toBe(`Title here\n\n${BODY_ONE}\n\nThe ministry declined to comment on the plan.`);
  });

  it('keeps a date line that comes after the article has started (a timeline)', () => {
    const cleaned = cleanClip(
      `Timeline\n\n${BODY_ONE} ${BODY_TWO} ${BODY_ONE}\n\nJuly 11, 2023\n\nThe berth opened.\n`,
      'txt',
    );
    expect(cleaned.text).toContain('July 11, 2023');
  });
});
