import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAKE_BACKUPS, fakeConnection } from './support/fake-connection';
import { renderWith } from './support/render-app';

vi.mock('../../renderer/src/components/MonacoView', () => import('./support/monaco-stub'));

afterEach(cleanup);

describe('File → Restore…', () => {
  it('lists the backups from the Workspace menu, asks once, restores the chosen one and says so', async () => {
    const connection = fakeConnection([]);
    renderWith(connection);
    fireEvent.click(await screen.findByRole('button', { name: 'Workspace ▾' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Restore from a backup…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from a backup' });
    const rows = await within(dialog).findAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('2 annotated documents, 1 briefing, 4 KB');

    fireEvent.click(within(rows[1]!).getByRole('button', { name: /Restore the backup of/ }));
    expect(connection.api.workspace.restoreBackup).not.toHaveBeenCalled();
    const confirm = within(dialog).getByRole('alertdialog', { name: 'Confirm the restore' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Restore from a backup' })).toBeNull());
    expect(connection.api.workspace.restoreBackup).toHaveBeenCalledWith({ id: FAKE_BACKUPS[1]!.id });
    expect(screen.getByRole('status').textContent).toContain('Restored the workspace as it was on');
  });

  it('opens from the desktop menu command, and Escape closes it', async () => {
    const connection = fakeConnection([], true);
    renderWith(connection);
    await screen.findByRole('listbox', { name: 'Documents' });
    act(() => connection.emit({ type: 'menu.command', command: 'show-backups' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from a backup' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Restore from a backup' })).toBeNull();
  });
});
