import type { Notice } from '../state/notices';

export type NoticeBannersProps = {
  notices: Notice[];
  onDismiss(key: string): void;
};

/** Problems the store met on the analyst's behalf; each stays until dismissed. */
export function NoticeBanners({ notices, onDismiss }: NoticeBannersProps) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.key} role="alert" className="notice">
          <span className="notice-text">
            <strong>{notice.subject}</strong> {notice.text}
          </span>
          <button
            type="button"
            className="button button-quiet"
            aria-label={`Dismiss the notice about ${notice.subject}`}
            onClick={() => onDismiss(notice.key)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
