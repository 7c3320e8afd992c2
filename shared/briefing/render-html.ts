import { derivativeNote, type BriefingView, type Citation } from './assemble';
import { citationReference } from './citation-reference';
import { TLP_COLORS } from './tlp-colors';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** No scripts, no remote loads, no forms: the file can be mailed and opened anywhere. */
export const BRIEFING_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `body{font:16px/1.5 Georgia,'Noto Serif',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
.tlp{font:600 13px/1 system-ui,sans-serif;letter-spacing:.05em;padding:.3rem .5rem;border:1px solid;display:inline-block}
h1{margin:.6rem 0 .2rem}.meta{color:#555;font-size:14px}h2{margin-top:2rem;border-bottom:1px solid #ddd}
sup a{text-decoration:none}ol.evidence li{margin:.5rem 0}blockquote{margin:0}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;font-size:14px}.conf{color:#555;font-size:14px}
.ref{color:#666;font-size:12px;overflow-wrap:anywhere}`;

/**
 * For printing to PDF: the page box and margins come from the printer (which draws the TLP
 * header and page numbers in them), CJK text gets a font with its glyphs, and a citation or a
 * table row is not split across pages.
 */
const PRINT_STYLE = `body{max-width:none;margin:0;padding:0;font-family:'Noto Serif','DejaVu Serif','Noto Serif CJK JP','Noto Sans CJK JP',serif}
[lang|=ja]{font-family:'Noto Serif CJK JP','Noto Sans CJK JP',serif}h2{break-after:avoid}ol.evidence li,tr{break-inside:avoid}
a{color:inherit;text-decoration:none}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}`;

export interface HtmlOptions {
  /** Styles for the PDF printer instead of a screen. */
  print?: boolean;
}

/** A blank line in free text starts a new paragraph. */
function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p)}</p>`);
}

function cites(numbers: number[]): string {
  return numbers.map((n) => `<sup><a href="#cite-${n}">[${n}]</a></sup>`).join('');
}

function link(url: string | null, text: string): string {
  // Only web addresses become links; anything else (javascript:, file:) stays text.
  return url && /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(text)}</a>`
    : escapeHtml(text);
}

function citationItem(c: Citation): string {
  const where = [
    c.outlet ? escapeHtml(c.outlet) : '',
    `<cite>${link(c.url, c.title)}</cite>`,
    escapeHtml(c.published?.slice(0, 10) ?? ''),
  ]
    .filter(Boolean)
    .join(', ');
  const lang = c.lang ? ` lang="${escapeHtml(c.lang)}"` : '';
  const extra = [
    c.translation ? `<div>Translation: ${escapeHtml(c.translation)}</div>` : '',
    c.note ? `<div>Note: ${escapeHtml(c.note)}</div>` : '',
    `<div class="ref">${escapeHtml(citationReference(c))}</div>`,
  ].join('');
  const grade = c.grade ? ` <span class="grade">(${escapeHtml(c.grade)})</span>` : '';
  return `<li id="cite-${c.number}"><blockquote${lang}>“${escapeHtml(c.quote)}”</blockquote> — ${where}${grade}${extra}</li>`;
}

/** One self-contained HTML file: inline styles only, a strict CSP, every text escaped. */
export function renderHtml(view: BriefingView, options: HtmlOptions = {}): string {
  const b = view.briefing;
  const body: string[] = [
    `<p class="tlp" style="background:#000;color:#${TLP_COLORS[b.tlp]}">${escapeHtml(b.tlp)}</p>`,
    `<h1>${escapeHtml(b.title)}</h1>`,
    `<p class="meta">${escapeHtml(b.date)}${b.author ? ` · ${escapeHtml(b.author)}` : ''}</p>`,
    '<h2>Bottom line up front</h2>',
    ...paragraphs(b.bluf),
  ];
  if (view.judgments.length) {
    body.push('<h2>Key judgments</h2>', '<ol>');
    for (const j of view.judgments) {
      const likelihood = j.likelihood ? `; ${escapeHtml(j.likelihood)}` : '';
      body.push(
        `<li>${escapeHtml(j.text)} <span class="conf">(${j.confidence} confidence${likelihood})</span>${cites(j.citations)}</li>`,
      );
    }
    body.push('</ol>');
  }
  for (const s of view.sections) {
    body.push(`<h2>${escapeHtml(s.heading)}</h2>`);
    body.push(...paragraphs(s.body));
    if (s.citations.length) body.push(`<p>Evidence: ${cites(s.citations)}</p>`);
  }
  if (view.citations.length)
    body.push('<h2>Evidence</h2>', '<ol class="evidence">', ...view.citations.map(citationItem), '</ol>');
  if (view.sources.length) {
    body.push(
      '<h2>Sources</h2>',
      '<table><thead><tr><th>Outlet</th><th>Title</th><th>Date</th><th>Reliability</th></tr></thead><tbody>',
    );
    for (const s of view.sources) {
      const cells = [
        escapeHtml(s.outlet ?? ''),
        link(s.url, s.title) + (s.derivativeOf ? ` <em>(${escapeHtml(derivativeNote(view, s))})</em>` : ''),
        escapeHtml(s.published?.slice(0, 10) ?? ''),
        escapeHtml(s.reliability ?? ''),
      ];
      body.push(`<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
    }
    body.push('</tbody></table>');
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${BRIEFING_HTML_CSP}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(b.title)}</title>
<style>${STYLE}${options.print ? `\n${PRINT_STYLE}` : ''}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
