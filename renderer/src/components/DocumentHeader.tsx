import type { DocumentSummary, ImportWarning, LanguageShare } from '../../../shared/domain/document';
import { formatPublished } from '../format/format-date';
import { formatBytes, formatLanguageShares, languageName } from '../format/format-meta';

export type DocumentHeaderProps = {
  summary: DocumentSummary;
  /** Known once the full document has loaded. */
  warnings: ImportWarning[] | null;
  /** The languages of a text that mixes them, largest share first; absent for one language. */
  languages?: readonly LanguageShare[];
};

/**
 * The document's metadata. The URL is plain selectable text: a link here would let a click
 * navigate the app window itself to an untrusted page.
 */
export function DocumentHeader({ summary, warnings, languages }: DocumentHeaderProps) {
  const published = formatPublished(summary.published, 'date-time');
  const mixed = languages && languages.length > 1 ? formatLanguageShares(languages) : null;
  const rows: Array<[string, string]> = [
    ['Outlet', summary.source ?? ''],
    ['Author', summary.author ?? ''],
    ['Published', published],
    mixed
      ? ['Languages', mixed.short]
      : ['Language', summary.lang ? `${languageName(summary.lang)} (${summary.lang})` : ''],
    ['URL', summary.url ?? ''],
    ['Original file', `${summary.file} · ${summary.format} · ${formatBytes(summary.bytes)}`],
  ];
  return (
    <header className="doc-header">
      <h2 className="doc-header-title">{summary.title || summary.file}</h2>
      <dl className="doc-header-meta">
        {rows
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label} className="doc-header-row">
              <dt>{label}</dt>
              {label === 'Languages' && mixed ? (
                // The codes are short to show; the names are what the tooltip and a screen reader give.
                <dd title={mixed.long}>
                  <span aria-hidden="true">{value}</span>
                  <span className="visually-hidden">{mixed.long}</span>
                </dd>
              ) : (
                <dd className={label === 'URL' ? 'doc-header-url' : undefined}>{value}</dd>
              )}
            </div>
          ))}
      </dl>
      {warnings && warnings.length > 0 && (
        <section className="doc-header-warnings" aria-label="Import warnings">
          <h3>Import warnings</h3>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </section>
      )}
    </header>
  );
}
