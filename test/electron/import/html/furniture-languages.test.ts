import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../../electron/import/html/extract-html';
import { parseByline, parseDateLine } from '../../../../electron/import/noise/byline';
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
