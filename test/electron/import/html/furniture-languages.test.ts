import { describe, expect, it } from 'vitest';
import { Element } from 'domhandler';
import { hasNoiseName } from '../../../../electron/import/html/boilerplate';
import { extractHtml } from '../../../../electron/import/html/extract-html';
import {
  isAuthorNote,
  isShortDateLine,
  parseDatedHeadLine,
  isTimeLine,
  parseBareName,
  parseByline,
  parseDateLine,
  withoutRelativeTimes,
} from '../../../../electron/import/noise/byline';
import { isNoiseLine } from '../../../../electron/import/noise/noise-lines';

const BODY = [
  'Le conseil municipal a voté jeudi soir la rénovation complète de la halle aux grains, fermée depuis six ans.',
  'Les travaux, estimés à quatre millions d’euros, commenceront au printemps et dureront dix-huit mois au moins.',
  'Le maire a promis que le marché du samedi reviendrait sous la halle dès la fin du chantier, en 2028.',
];

function page(inside: string, before = ''): string {
  return `<html lang="fr"><head><title>La halle aux grains sera rénovée</title></head><body>
<div class="conteneur">${before}<h1>La halle aux grains sera rénovée</h1>
<div class="corps-texte">${inside}</div></div></body></html>`;
}

const paragraphs = BODY.map((p) => `<p>${p}</p>`);

describe('furniture named or worded in other languages', () => {
  it('drops share bars, adverts and read-also boxes named in French, German, Dutch and Russian', () => {
    const html = page(
      [
        paragraphs[0],
        '<div class="partage-reseaux"><a href="#">Facebook</a> <a href="#">Envoyer à un ami</a></div>',
        paragraphs[1],
        '<div class="werbeplatz"><span>Jetzt Tagesgeld sichern</span></div>',
        '<div class="lees-ook"><a href="#">Nieuwe brug over de rivier geopend</a></div>',
        '<div class="reklama">Вклад под 12% годовых</div>',
        paragraphs[2],
      ].join('\n'),
    );
    const text = extractHtml(html).text;
    for (const p of BODY) expect(text).toContain(p);
    expect(text).not.toMatch(/Envoyer à un ami|Tagesgeld|brug|Вклад/u);
  });

  it('drops a figure written as a div (picture, caption, credit) but keeps a long paragraph beside a picture', () => {
    const long = `${BODY[1]} ${BODY[2]} ${BODY[0]}`;
    const html = page(
      [
        paragraphs[0],
        '<div class="photo"><img src="a.jpg" alt=""><p>La halle en 1932.</p><p>Archives municipales</p></div>',
        `<div class="encadre"><img src="b.jpg" alt="">${long}</div>`,
        paragraphs[2],
      ].join('\n'),
    );
    const text = extractHtml(html).text;
    expect(text).not.toContain('La halle en 1932');
    expect(text).not.toContain('Archives municipales');
    expect(text).toContain(long);
  });

  it('drops a sign-up box around its e-mail field', () => {
    const html = page(
      `${paragraphs[0]}<div class="encart"><p>Chaque matin, l’essentiel de la région.</p><form><input type="email"><button>OK</button></form></div>${paragraphs[1]}${paragraphs[2]}`,
    );
    expect(extractHtml(html).text).not.toContain('Chaque matin');
  });

  it('keeps a standfirst written as a div or a second heading between headline and body', () => {
    const deck = 'Six ans après sa fermeture, le bâtiment du XIXe siècle va retrouver son marché.';
    for (const tag of ['div', 'h2']) {
      const html = `<html><body><div class="page"><h1>La halle aux grains sera rénovée</h1><${tag} class="chapo">${deck}</${tag}>
<div class="corps-texte">${paragraphs.join('')}</div><div class="colonne">${'<p>Autre chose encore, sans rapport avec la halle.</p>'.repeat(1)}</div></div></body></html>`;
      const text = extractHtml(html).text;
      expect(text, tag).toContain(deck);
      expect(text.indexOf(deck), tag).toBeLessThan(text.indexOf(BODY[0]!));
    }
  });

  it('finds paragraphs written as text between <br>s, and takes no site-name <h1> as the headline', () => {
    const html = `<html><head><title>Mon village: la fête du cidre</title></head><body>
<div class="header"><h1>Mon village</h1><p>Les nouvelles d’ici, par ceux qui y vivent</p></div>
<div class="billet"><h3>La fête du cidre aura lieu</h3>
<div class="corps">${BODY.join('<br>\n<br>\n')}<br><div style="clear:both"></div></div>
<div class="pied">Publié par Mireille</div></div>
<div class="colonne"><h2>Archives</h2><ul><li><a href="#">septembre (4)</a></li></ul></div></body></html>`;
    const text = extractHtml(html).text;
    for (const p of BODY) expect(text).toContain(p);
    expect(text).not.toContain('Mon village');
    expect(text).not.toContain('Les nouvelles d’ici');
  });

  it('drops a section label above the headline but keeps the byline above it for metadata', () => {
    const html = `<html><body><article><p class="rubrique">Patrimoine</p><p>Par Claire Dubois</p>
<h1>La halle aux grains sera rénovée</h1>${paragraphs.join('')}</article></body></html>`;
    const result = extractHtml(html);
    expect(result.text).not.toContain('Patrimoine');
    expect(result.meta.author).toBe('Claire Dubois');
  });
});

describe('bylines in scripts without capitals', () => {
  it.each([
    ['中村大輔記者 | 2026年9月17日 22:00', '中村大輔'],
    ['김지현 기자', '김지현'],
    ['记者 李明', '李明'],
    ['Автор: Анна Кузнецова', 'Анна Кузнецова'],
    ['بقلم ليلى حداد', 'ليلى حداد'],
  ])('%s', (line, author) => {
    expect(parseByline(line)?.author).toBe(author);
  });

  it('leaves sentences alone', () => {
    expect(parseByline('記者会見で大臣は、来年度から制度を見直すと述べた。')).toBeNull();
    expect(parseByline('Автор проекта рассказал, что мост откроют в сентябре.')).toBeNull();
  });
});

describe('notices and labels in more languages', () => {
  it.each([
    'Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.',
    'You have 2 free articles left this month. Subscribe for unlimited access',
    'Este contenido es exclusivo para suscriptores.',
    'この記事は有料会員限定です。',
    'Полный текст доступен только подписчикам.',
    'Реклама',
    '广告',
    '광고',
    'Lees ook: Nieuwe brug over de IJssel geopend',
    '延伸阅读： 长江流域秋粮收获过半',
  ])('furniture: %s', (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it.each([
    'Le parking est réservé aux abonnés du réseau de bus depuis lundi, a précisé la mairie.',
    'Subscribers to the service will pay more from March, the company said.',
    'Реклама на остановках исчезнет к лету, пообещали в мэрии.',
  ])('article text: %s', (line) => {
    expect(isNoiseLine(line)).toBe(false);
  });
});

describe('date lines with labels, two dates, a comment count', () => {
  it.each([
    ['입력 2026.10.02 14:21 수정 2026.10.02 15:03', '2026-10-02', false, null],
    ['Publié le 12/03/2026 | Mis à jour le 14/03/2026', '2026-03-12', false, null],
    ['11. Juli 2026 · von Ute · 7 Kommentare', '2026-07-11', false, 'Ute'],
    ['2023年3月29日 10時 更新', '2023-03-29', true, null],
  ])('%s', (line, iso, updated, author) => {
    expect(parseDateLine(line)).toEqual({ iso, updated, author });
  });

  it('reads the byline of a Korean reporter followed by an e-mail address', () => {
    expect(parseByline('최민호 기자 minho@badanews.example')?.author).toBe('최민호');
  });
});

describe('more furniture wording', () => {
  it.each([
    'Reporting by Thandiwe Mulenga; Editing by Peter Harland',
    '<저작권자 ⓒ 바다신문, 무단 전재 및 재배포 금지>',
    '좋아요 12 공유하기 스크랩',
    '▶ 관련기사 : 동해 수온 역대 최고…어종 지도 바뀐다',
    'اقرأ أيضاً: الأمطار الغزيرة تعيد الحياة إلى السدود',
  ])('%s', (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it('keeps a sentence that starts like a sign-off', () => {
    expect(isNoiseLine('Reporting by local journalists was crucial in uncovering the scheme.')).toBe(false);
  });
});

describe('relative times and update stamps', () => {
  it.each([
    '3 hours ago',
    '3 hours ago · Updated 14:32',
    'Updated 14:32 GMT',
    'vor 2 Stunden',
    'Vor 5 Std.',
    'Aktualisiert: 11:05 Uhr',
    'il y a 5 heures',
    'hace 3 horas',
    'há 4 horas',
    '2 ore fa',
    '3 uur geleden',
    '3 часа назад',
    'منذ 3 ساعات',
    '2時間前',
    '（3時間前）',
    '3小时前',
    '3시간 전',
    'vandaag, 07:45 · Aangepast vandaag, 09:10',
    'heute, 10:12 Uhr',
    'вчера, 18:30',
    'an hour ago',
    'vor einer Stunde',
    'il y a une heure',
    'hace una hora',
    'час назад',
    'منذ ٣ ساعات',
    'just now',
    'только что',
  ])('time line: %s', (line) => {
    expect(isTimeLine(line)).toBe(true);
  });

  it.each([
    'The plant closed 3 hours ago.',
    'Updated rules take effect in May',
    '14:32',
    'Vor 2 Stunden hatte die Polizei die Straße gesperrt.',
    'Три часа назад мэрия объявила о закрытии моста.',
    '2時間前に運転を再開したと発表した。',
    'Today we met at 10:30',
    'The mayor had just now announced the closure of the bridge.',
    'gestern',
  ])('sentence or bare time, kept: %s', (line) => {
    expect(isTimeLine(line)).toBe(false);
  });

  it('takes a name run into a relative time as the author', () => {
    expect(withoutRelativeTimes('Ирина Волкова 3 часа назад')).toBe('Ирина Волкова');
    expect(withoutRelativeTimes('Moritz FeldVor 5 Std.')).toBe('Moritz Feld');
    expect(withoutRelativeTimes('McDonald opened a shop')).toBe('McDonald opened a shop');
  });
});

describe('dates with Russian, Arabic, Korean and Chinese month names and labels', () => {
  it.each([
    ['12 марта 2026, 09:40', '2026-03-12'],
    ['4 марта 2026 в 10:00', '2026-03-04'],
    ['3 декабря 2025', '2025-12-03'],
    ['12 مارس 2026', '2026-03-12'],
    ['الخميس 5 مارس 2026 - 11:40', '2026-03-05'],
    ['7 أيلول 2025', '2025-09-07'],
    ['입력 2026년 3월 12일 오후 3:20', '2026-03-12'],
    ['2026年3月12日 下午3:20', '2026-03-12'],
    ['March 3, 2026 9:12 AM UTCUpdated 2 hours ago', '2026-03-03'],
    ['١٢ مارس ٢٠٢٦', '2026-03-12'],
    ['الخميس ٥ مارس ٢٠٢٦ - ١١:٤٠', '2026-03-05'],
  ])('%s', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });

  it.each([
    ['3/12(木) 10:15配信', true],
    ['12.03. 14:32', true],
    ['3/12', false],
    ['The 3.5 10:15 run', false],
  ])('a day and month with a time, without the year: %s', (line, expected) => {
    expect(isShortDateLine(line)).toBe(expected);
  });

  it.each([
    ['Press release · 4 March 2026', '2026-03-04'],
    ['2026-03-08 09:30:12 来源：海峡都市报 记者 林晓燕', '2026-03-08T09:30:12'],
    ['Comunicado | 12/03/2026 | Consejería de Agricultura', '2026-03-12'],
  ])('a date with short labelled segments at the head: %s', (line, iso) => {
    expect(parseDatedHeadLine(line, 'es')).toBe(iso);
  });

  it.each([
    'On 4 March 2026 the council approved the plan.',
    '4 March 2026: the day the river rose over the old town walls again',
    'Between 2 March 2026 and the end of the year, buses will stop at the market; trains will not',
  ])('a sentence with a date stays: %s', (line) => {
    expect(parseDatedHeadLine(line)).toBeNull();
  });

  it('reads a name written right before the date, but not a single place name', () => {
    expect(parseDateLine('Franziska Huber 14.04.2026, 16:05 Uhr')?.author).toBe('Franziska Huber');
    expect(parseDateLine('Brussels 14.04.2026')).toBeNull();
  });
});

describe('names standing as bylines', () => {
  it.each([
    ['Priya Nair', 'Priya Nair'],
    ['Kenji Ota, Correspondent in Tokyo', 'Kenji Ota'],
    ['Lucía Ferrer, Valencia', 'Lucía Ferrer'],
    ['Ирина Волкова', 'Ирина Волкова'],
    ['سارة الخطيب', 'سارة الخطيب'],
    ['M. Gracia | Zaragoza', 'M. Gracia'],
    ['Sam Reid — Health Correspondent', 'Sam Reid'],
  ])('%s', (line, name) => {
    expect(parseBareName(line)?.name).toBe(name);
  });

  it.each([
    'Costs shared with council',
    'Personalrat skeptisch',
    'Des arbres abattus puis replantés',
    'Zieht mit.',
    'Valencia, Spain, 2026',
    'Прогноз на выходные: снег',
    'The end. Really',
  ])('not a name: %s', (line) => {
    expect(parseBareName(line)).toBeNull();
  });

  const body = paragraphs.join('');
  it.each([
    ['a linked name under the headline', '<div><a href="/a/cd" rel="author">Claire Dubois</a></div>'],
    ['a name under the headline', '<div>Claire Dubois</div>'],
    ['a name next to a relative time', '<div><span>Claire Dubois</span> <span>il y a 5 heures</span></div>'],
    ['a name with a job title', '<div>Claire Dubois, correspondante à Lyon</div>'],
    ['a name above a date line', '<p class="x">Lire</p><div>Claire Dubois</div><div>12 mars 2026</div>'],
  ])('takes %s as the author', (_label, head) => {
    const result = extractHtml(
      `<html><body><article><h1>La halle aux grains sera rénovée</h1>${head}${body}</article></body></html>`,
    );
    expect(result.meta.author).toBe('Claire Dubois');
    expect(result.text).not.toContain('Claire Dubois');
    for (const p of BODY) expect(result.text).toContain(p);
  });

  it('drops a linked name under the headline from the text even when nothing marks it', () => {
    const html = `<html><body><article><h1>La halle aux grains sera rénovée</h1><div><a href="/a/cd">Claire Dubois</a></div>${body}</article></body></html>`;
    expect(extractHtml(html).text).not.toContain('Claire Dubois');
  });

  it('takes the declared author alone on a line anywhere as furniture (an author box)', () => {
    const html = `<html><head><meta name="author" content="Claire Dubois"></head><body><article>
<h1>La halle aux grains sera rénovée</h1>${body}<div class="bio"><b>Claire Dubois</b></div></article></body></html>`;
    expect(extractHtml(html).text).not.toContain('Claire Dubois');
  });

  it('drops a note on the writer with an address, but not a paragraph giving an address', () => {
    expect(
      isAuthorNote(
        "Sam Reid is the Courier's health correspondent. Contact him at sam.reid@courier.example.",
      ),
    ).toBe(true);
    expect(isAuthorNote('Requests can be sent to planning@council.example until the end of March.')).toBe(
      false,
    );
  });

  it('keeps a short first paragraph when no headline stands above it', () => {
    const html = `<html><body><article><p>Hamburg and Bremen</p><p>${BODY[0]}</p><p>${BODY[1]}</p></article></body></html>`;
    expect(extractHtml(html).text).toContain('Hamburg and Bremen');
  });

  it('keeps a title-case subheading in the body and a one-line standfirst', () => {
    const html = `<html><body><article><h1>How Our Village Saved Its Last Pub</h1>
<p>Three months later, the pub is open again.</p><p>${BODY[0]}</p><h2>The First Meeting</h2><p>${BODY[1]}</p></article></body></html>`;
    const text = extractHtml(html).text;
    expect(text).toContain('Three months later, the pub is open again.');
    expect(text).toContain('The First Meeting');
  });
});

describe('furniture judged by its shape', () => {
  it.each([
    [
      'a read-also box with a label in no list',
      '<div class="x"><span>Pour aller plus loin</span><a href="#">Tramway : la ligne 5 en service</a></div>',
    ],
    [
      'a box of linked headlines',
      '<div class="x"><div>Auch interessant</div><a href="#">Neue Radwege kommen später</a><a href="#">Kulturpreis für Theatergruppe</a></div>',
    ],
    [
      'a list of linked headlines',
      '<ul><li><a href="#">Harbour wall repairs to start</a></li><li><a href="#">Council backs health hub</a></li></ul>',
    ],
    [
      'a row of buttons',
      '<div class="x"><a href="#">Écouter</a> <a href="#">Offrir</a> <a href="#">Ajouter à mes favoris</a></div>',
    ],
    [
      'a paragraph of one link under a bracketed label',
      '<p>【相关阅读】<a href="#">成都地铁票价优惠政策延续至年底</a></p>',
    ],
    [
      'a paragraph of one link under a marker',
      '<p>▼関連記事<br><a href="#">北陸新幹線、利用客が増加</a></p>',
    ],
    [
      'a comment section headed by its count',
      '<section><h2>Leserstimmen (4)</h2><div><span>Gerd</span><p>Endlich! Das wurde auch Zeit, finde ich.</p></div></section>',
    ],
    [
      'a comment section in Arabic',
      '<div><h4>التعليقات (2)</h4><div><b>سامي</b><p>خبر جميل، نتمنى أن تكون الأسعار معقولة.</p></div></div>',
    ],
    [
      'a player',
      '<div class="x"><button>▶</button> <span>Écouter cet article</span> <span>00:00 / 05:12</span></div>',
    ],
    [
      'a titled box of linked headlines',
      '<div class="x"><h3>Sur le même thème</h3><ul><li><a href="#">Fourvière illuminée</a></li><li><a href="#">Quais piétons</a></li></ul></div>',
    ],
    [
      'a promotion ending on its button',
      '<div class="x"><strong>Lokal informiert bleiben</strong><p>Alle Nachrichten für 0,99 € im ersten Monat.</p><a href="#">Jetzt testen</a></div>',
    ],
  ])('drops %s', (_label, block) => {
    const html = page([paragraphs[0], block, paragraphs[1], paragraphs[2]].join('\n'));
    const text = extractHtml(html).text;
    for (const p of BODY) expect(text).toContain(p);
    const words = block
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 3);
    for (const word of words) expect(text, word).not.toContain(word);
  });

  it.each([
    [
      'a sentence with a link',
      '<p>Le dossier complet est consultable sur <a href="#">le site de la métropole</a>.</p>',
    ],
    [
      'a link wrapped in a span inside a sentence',
      '<p>Le maire a présenté <span class="lien"><a href="#">le projet définitif</a></span> aux habitants jeudi.</p>',
    ],
    [
      'a paragraph that is one link',
      '<p><a href="#">Consulter le rapport de la chambre régionale des comptes</a></p>',
    ],
    [
      'a short linked sentence in a div',
      '<div>Mehr zum Beirat auf der <a href="#">Seite der Stadt</a>.</div>',
    ],
    ['a list of unlinked items', '<ul><li>Linha Centro: 5h às 23h</li><li>Linha Sul: 5h às 22h30</li></ul>'],
    ['a quotation with a link', '<blockquote><p><a href="#">« Nous avons écouté »</a></p></blockquote>'],
    [
      'a box of prose ending on a link',
      '<div class="x"><p>La halle a été construite en 1858 par la ville.</p><p>Elle a servi de marché jusqu’en 2020.</p><p>Elle est classée depuis 1994.</p><a href="#">Histoire</a></div>',
    ],
    [
      'a subheading over a paragraph with a link',
      '<h3>Les travaux</h3><div>Ils sont décrits dans <a href="#">le dossier de presse</a> publié hier soir par la ville.</div>',
    ],
    [
      'a block with a button and a sentence',
      '<div>Le vote a eu lieu jeudi soir, à main levée. <button>OK</button></div>',
    ],
    [
      'a section headed without a count',
      '<section><h2>Les coûts (en euros)</h2><p>Quatre millions, dont la moitié à la charge de la région.</p></section>',
    ],
  ])('keeps %s', (_label, block) => {
    const html = page([paragraphs[0], block, paragraphs[1], paragraphs[2]].join('\n'));
    const text = extractHtml(html).text;
    const words = block
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 3);
    for (const word of words) expect(text, word).toContain(word.replace(/[.]$/, ''));
  });
});

describe('invitations to follow a channel', () => {
  it.each([
    'Следите за новостями в Дзене',
    'Подписывайтесь на «Сибирский вестник» в Telegram и ВКонтакте',
    'تابعونا على قناتنا في تطبيق تلغرام',
    'Síguenos en Google News',
    'Folgen Sie uns auf Instagram',
    'Follow us on X',
    'Unisciti al nostro canale WhatsApp',
    'Comments are closed on this article.',
    'Хотите первыми узнавать новости? Подписывайтесь на наш канал в MAX',
    'Subscribe to our channel',
  ])('furniture: %s', (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it.each([
    'Why teens are leaving Instagram',
    'Facebook and Instagram fined €200m',
    'Follow the river north for two kilometres until you reach the old mill on the left.',
    'Подписчики жаловались на сбои в Telegram.',
  ])('article text: %s', (line) => {
    expect(isNoiseLine(line)).toBe(false);
  });
});

describe('live blog entry times', () => {
  it('keeps the time heading each entry, and takes no clock for a counter', () => {
    const entry = (time: string, text: string) =>
      `<article class="live-entry"><header><time datetime="2026-11-02T${time}">${time}</time></header><p>${text}</p></article>`;
    const html = `<html><body><main><h1>Sturm: alle Entwicklungen</h1><div class="feed">${entry('11:42', BODY[0]!)}${entry('11:15', BODY[1]!)}${entry('10:50', BODY[2]!)}</div></main></body></html>`;
    const text = extractHtml(html).text;
    for (const time of ['11:42', '11:15', '10:50']) expect(text).toContain(time);
    expect(isNoiseLine('11:42')).toBe(false);
    expect(isNoiseLine('1,204')).toBe(true);
  });

  it('drops a header inside the article that holds more than a time', () => {
    const html = `<html><body><article><h1>La halle aux grains sera rénovée</h1><header><time>11:42</time> <a href="#">Direct</a></header>${paragraphs.join('')}</article></body></html>`;
    expect(extractHtml(html).text).not.toContain('11:42');
  });
});

describe('credits, sources and counters in more languages', () => {
  it.each([
    'Фото: Андрей Смирнов',
    '사진: 연합뉴스',
    'تصوير: أحمد سالم',
    'Источник: министерство транспорта Калининградской области',
    'Source: press office of the regional government',
    'Quelle: Statistisches Landesamt',
    '来源：海峡都市报',
    'المصدر: وكالة الأنباء',
    'Просмотров: 2 431',
    'Views: 1,204',
    '阅读量：1.2万',
    'Вчера, 17:20 | Просмотров: 2 431',
  ])('furniture: %s', (line) => {
    expect(isNoiseLine(line) || isTimeLine(line)).toBe(true);
  });

  it.each([
    'Source: the ministry. It said the line would open in June.',
    'Phase 2',
    'Источник в мэрии сообщил, что работы начнутся летом.',
    'Score: the council gave the plan 7 out of 10, its highest mark this year.',
  ])('article text: %s', (line) => {
    expect(isNoiseLine(line)).toBe(false);
  });
});

describe('short lines standing after the text', () => {
  const story = `<div class="texte">${paragraphs.join('')}</div>`;
  const wrap = (tail: string) =>
    `<html><body><article><h1>La halle aux grains sera rénovée</h1>${story}${tail}</article></body></html>`;

  it('drops label lines after the block holding the story, whatever their wording', () => {
    const text = extractHtml(
      wrap('<div>Zdroj: ministerstvo dopravy</div><div>Oznámení: <b>Praha</b> <b>doprava</b></div>'),
    ).text;
    for (const p of BODY) expect(text).toContain(p);
    expect(text).not.toMatch(/Zdroj|Oznámení/u);
  });

  it.each([
    ['a last sentence outside the wrapper', '<p>La réunion publique aura lieu jeudi.</p>'],
    ['a subheading and its section', '<h2>Et ensuite</h2><p>Court texte</p>'],
    ['a long block', `<div>${BODY[0]} ${BODY[1]}</div>`],
  ])('keeps %s', (_label, tail) => {
    const text = extractHtml(wrap(tail)).text;
    const words = tail
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 3);
    for (const word of words) expect(text, word).toContain(word.replace(/[.]$/, ''));
  });

  it('keeps short lines after a story written straight into the container', () => {
    const html = `<html><body><article><h1>La halle aux grains sera rénovée</h1>${paragraphs.join('')}<div class="x"><p>Kept paragraph text</p></div></article></body></html>`;
    expect(extractHtml(html).text).toContain('Kept paragraph text');
  });
});

describe('clips to play', () => {
  it.each([
    'WATCH | District expands summer meal program',
    'VIDEO: Así será la nueva ecovía',
    'ВИДЕО: как строили мост',
    '動画：松江城の天守',
  ])('title of a clip: %s', (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  it.each([
    'Watch the river: it rose two metres overnight and is still rising.',
    'Video evidence was shown to the court on Tuesday',
  ])('article text: %s', (line) => {
    expect(isNoiseLine(line)).toBe(false);
  });

  it('drops the running time under a clip title, but keeps an entry time elsewhere', () => {
    const clip =
      '<div class="x"><div>WATCH | District expands summer meal program</div><div>1:58</div></div>';
    const html = `<html><body><article><h1>La halle aux grains sera rénovée</h1>${clip}${paragraphs.join('')}<div class="y"><p>11:42</p><p>${BODY[0]}</p></div></article></body></html>`;
    const text = extractHtml(html).text;
    expect(text).not.toContain('1:58');
    expect(text).not.toContain('WATCH');
    expect(text).toContain('11:42');
  });
});

describe('a wire byline opening the first paragraph', () => {
  const sentence =
    '광주시가 6월부터 시내버스와 도시철도 사이의 무료 환승 시간을 30분에서 60분으로 늘린다. 시는 이런 내용을 발표했다.';
  const open = (lead: string) =>
    extractHtml(
      `<html><body><article><h1>광주 시내버스</h1><p>${lead}${sentence}</p><p>${sentence}</p></article></body></html>`,
    );

  it.each([
    ['(서울=연합뉴스) 김민수 기자 = ', '김민수'],
    ['[동부뉴스=이도윤 기자] ', '이도윤'],
  ])('cuts %s and reads the reporter', (lead, author) => {
    const result = open(lead);
    expect(result.text).not.toContain(lead.trim());
    expect(result.text).toContain(sentence);
    expect(result.meta.author).toBe(author);
  });

  it('keeps a bracket that opens the sentence', () => {
    expect(open('(2026년 기준) ').text).toContain(`(2026년 기준) ${sentence}`);
  });
});

describe('long lists of the site’s other stories', () => {
  const headlines = [
    'Incidente sulla provinciale 23, un ferito grave',
    'Il Consiglio comunale approva il bilancio di previsione',
    'Scuola, a Pinerolo mancano ancora dieci insegnanti di sostegno',
    'Ospedale Agnelli, aperto il nuovo reparto di cardiologia',
    'Val Pellice, la seggiovia riapre per la stagione invernale',
    'Calcio, il Pinerolo vince il derby con la Chisonese',
    'Mercatini di Natale, ecco le date nelle valli',
  ];
  const list = `<ul>${headlines.map((h) => `<li><a href="#">${h}</a></li>`).join('')}</ul>`;

  it.each([
    [
      'a titled box of seven linked headlines',
      `<section class="ultime"><h3>Ultime notizie</h3>${list}</section>`,
    ],
    ['the list alone', list],
    ['a box with a short label paragraph', `<div class="x"><p>Più letti</p>${list}</div>`],
  ])('drops %s, however long', (_what, box) => {
    const text = extractHtml(page([paragraphs[0], paragraphs[1], box, paragraphs[2]].join('\n'))).text;
    for (const p of BODY) expect(text).toContain(p);
    for (const h of headlines) expect(text).not.toContain(h);
  });

  it.each([
    [
      'a list of linked sentences',
      '<ul><li><a href="#">Le budget a été adopté jeudi soir par vingt-trois voix contre six.</a></li><li><a href="#">La halle rouvrira au public en 2028, après dix-huit mois de travaux.</a></li><li><a href="#">Le marché du samedi reviendra sous la halle dès la fin du chantier.</a></li></ul>',
      'Le budget a été adopté jeudi soir',
    ],
    [
      'items with words outside their link',
      '<ul><li><a href="#">Rapport annuel</a> de la chambre régionale des comptes sur la gestion de la commune depuis 2019</li><li><a href="#">Avis</a> du préfet sur le projet de rénovation et sur son financement par l’État</li><li><a href="#">Délibération</a> du conseil municipal du 4 mars qui fixe le calendrier des travaux</li></ul>',
      'de la chambre régionale des comptes',
    ],
    [
      'two long linked items only',
      '<ul><li><a href="#">Rapport de la chambre régionale des comptes sur la gestion de la halle aux grains, de son marché couvert et de ses locaux associatifs entre 2015 et 2024</a></li><li><a href="#">Étude de faisabilité du cabinet mandaté par la commune pour la rénovation de la halle, de la place du marché et de l’ensemble de ses abords</a></li></ul>',
      'Rapport de la chambre régionale',
    ],
  ])('keeps %s', (_what, block, kept) => {
    const text = extractHtml(page([paragraphs[0], block, paragraphs[1], paragraphs[2]].join('\n'))).text;
    expect(text).toContain(kept);
  });
});

describe('class names that say what sits beside the element', () => {
  it.each([
    ['layout-content-with-sidebar', false],
    ['layout-has-comments', false],
    ['main-without-ads', false],
    ['page no-sidebar', false],
    ['sidebar', true],
    ['article-sidebar-box', true],
    ['comments-with-replies', true],
  ])('class "%s" names furniture: %s', (name, furniture) => {
    expect(hasNoiseName(new Element('div', { class: name }))).toBe(furniture);
  });
});
