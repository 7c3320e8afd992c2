import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { RecentWorkspace } from '../../../shared/domain/workspace';
import { useConnection } from '../connection';

export type WorkspaceMenuProps = {
  /** Where the open workspace lives, to mark it in the list. */
  currentLocation: string | null;
  onOpenRecent(id: string): void;
  /** Opens File → Restore… (the workspace's backups). */
  onRestore?(): void;
};

type Recent =
  { status: 'loading' } | { status: 'ready'; list: RecentWorkspace[] } | { status: 'error'; message: string };

/** A menu button listing recent workspaces; the list is asked for each time it opens. */
export function WorkspaceMenu({ currentLocation, onOpenRecent, onRestore }: WorkspaceMenuProps) {
  const { api } = useConnection();
  const [open, setOpen] = useState(false);
  const [recent, setRecent] = useState<Recent>({ status: 'loading' });
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    setRecent({ status: 'loading' });
    void api.workspace.recent({}).then((result) => {
      if (!current) return;
      setRecent(
        result.ok
          ? { status: 'ready', list: result.value }
          : { status: 'error', message: result.error.message },
      );
    });
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => {
      current = false;
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [api, open]);

  // Focus the first usable item once the list is there, as a menu button should.
  useEffect(() => {
    if (open && recent.status !== 'loading')
      menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  }, [open, recent.status]);

  function onMenuKey(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0 && items.length > 0) {
      event.preventDefault();
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      button.current?.focus();
    }
  }

  function choose(workspace: RecentWorkspace) {
    setOpen(false);
    onOpenRecent(workspace.id);
  }

  return (
    <div className="menu-anchor">
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((was) => !was)}
      >
        Workspace ▾
      </button>
      {open && (
        <div ref={menu} role="menu" aria-label="Recent workspaces" className="menu" onKeyDown={onMenuKey}>
          {recent.status === 'loading' && <div className="menu-note">Loading…</div>}
          {recent.status === 'error' && (
            <div className="menu-note">Recent workspaces unavailable: {recent.message}</div>
          )}
          {recent.status === 'ready' && recent.list.length === 0 && (
            <div className="menu-note">No recent workspaces</div>
          )}
          {recent.status === 'ready' &&
            recent.list.map((workspace) => (
              <button
                key={workspace.id}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="menu-item"
                aria-current={workspace.location === currentLocation ? 'true' : undefined}
                onClick={() => choose(workspace)}
              >
                <span className="menu-item-name">{workspace.name}</span>
                <span className="menu-item-detail">{workspace.location}</span>
              </button>
            ))}
          {onRestore && (
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item menu-item-separated"
              onClick={() => {
                setOpen(false);
                onRestore();
              }}
            >
              <span className="menu-item-name">Restore from a backup…</span>
            </button>
          )}
        </div>
      )}
    </div>
  );
}
