import { derivativeNote, type BriefingView, type Citation } from './assemble';

/** Backslash-escapes what CommonMark would read as markup, so text from documents shows as typed. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|&~]/g, '\\$&');
  // At the start of a line these begin a heading, list, quote or rule.
  return inline.replace(/^(\s*)([#>+=-]|\d+[.)])/, (_m, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
  );
}

function citeLinks(numbers: number[]): string {
  return numbers.map((n) => `[${n}][c${n}]`).join(' ');
}

function confidenceLine(j: BriefingView['judgments'][number]): string {
  const likelihood = j.likelihood ? `; ${j.likelihood}` : '';
  return `(${j.confidence} confidence${likelihood})`;
}

function citationLine(c: Citation): string {
  const parts = [`“${escapeMarkdown(c.quote)}”`];
  const where = [c.outlet, `*${escapeMarkdown(c.title)}*`, c.published?.slice(0, 10)].filter(Boolean);
  parts.push(`— ${where.map((p) => (p === c.outlet ? escapeMarkdown(p!) : p)).join(', ')}`);
  if (c.grade) parts.push(`(${c.grade})`);
  let line = `${c.number}. <a id="cite-${c.number}"></a>${parts.join(' ')}`;
  if (c.translation) line += `  \n   Translation: ${escapeMarkdown(c.translation)}`;
  if (c.note) line += `  \n   Note: ${escapeMarkdown(c.note)}`;
  return line;
}

/** CommonMark: citations are reference links to a numbered evidence list with anchors. */
export function renderMarkdown(view: BriefingView): string {
  const b = view.briefing;
  const out: string[] = [
    `# ${escapeMarkdown(b.title)}`,
    '',
    `**${b.tlp}** · ${b.date}${b.author ? ` · ${escapeMarkdown(b.author)}` : ''}`,
    '',
  ];
  out.push('## Bottom line up front', '', escapeMarkdown(b.bluf) || '*(none)*', '');
  if (view.judgments.length) {
    out.push('## Key judgments', '');
    view.judgments.forEach((j, i) => {
      out.push(
        `${i + 1}. ${escapeMarkdown(j.text)} ${confidenceLine(j)} ${citeLinks(j.citations)}`.trimEnd(),
      );
    });
    out.push('');
  }
  for (const s of view.sections) {
    out.push(`## ${escapeMarkdown(s.heading)}`, '');
    if (s.body) out.push(escapeMarkdown(s.body), '');
    if (s.citations.length) out.push(`Evidence: ${citeLinks(s.citations)}`, '');
  }
  if (view.citations.length) {
    out.push('## Evidence', '', ...view.citations.map(citationLine), '');
  }
  if (view.sources.length) {
    out.push('## Sources', '', '| Outlet | Title | Date | Reliability |', '| --- | --- | --- | --- |');
    for (const s of view.sources) {
      const title = s.derivativeOf ? `${s.title} (${derivativeNote(view, s)})` : s.title;
      const cells = [s.outlet ?? '', title, s.published?.slice(0, 10) ?? '', s.reliability ?? ''].map((c) =>
        escapeMarkdown(c),
      );
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  out.push(...view.citations.map((c) => `[c${c.number}]: #cite-${c.number}`), '');
  return out.join('\n');
}
