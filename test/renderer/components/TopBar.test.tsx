import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeConnection, ok, workspaceInfo } from '../support/fake-connection';
import { renderWith } from '../support/render-app';

vi.mock('../../../renderer/src/components/MonacoView', () => import('../support/monaco-stub'));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const recent = [
  {
    id: 'aaaa1111',
    name: 'Elections 2024',
    location: '/home/analyst/elections',
    openedAt: '2024-05-01T00:00:00Z',
  },
  {
    id: 'bbbb2222',
    name: 'Energy prices',
    location: '/home/analyst/energy',
    openedAt: '2024-04-01T00:00:00Z',
  },
];

describe('top bar', () => {
  it('lists recent workspaces and opens the one chosen', async () => {
    const connection = fakeConnection([]);
    connection.api.workspace.recent.mockResolvedValue(ok(recent));
    connection.api.workspace.openRecent.mockResolvedValue(ok({ ...workspaceInfo, name: 'Energy prices' }));
    renderWith(connection);
    expect(await screen.findByText('Elections 2024')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Workspace ▾' }));
    const menu = await screen.findByRole('menu', { name: 'Recent workspaces' });
    await within(menu).findAllByRole('menuitem');
    expect(
      within(menu)
        .getByRole('menuitem', { name: /Elections 2024/ })
        .getAttribute('aria-current'),
    ).toBe('true');
    fireEvent.click(within(menu).getByRole('menuitem', { name: /Energy prices/ }));

    expect(connection.api.workspace.openRecent).toHaveBeenCalledWith({ id: 'bbbb2222' });
    expect(screen.queryByRole('menu')).toBeNull();
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Opened the workspace “Energy prices”'),
    );
    expect(connection.api.corpus.list).toHaveBeenCalledTimes(2);
  });

  it.each([
    [false, 1],
    [true, 0],
  ])(
    'Ctrl+I opens the file chooser unless a native menu owns it (native menu: %s)',
    async (nativeMenu, clicks) => {
      const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
      renderWith(fakeConnection([], nativeMenu));
      await screen.findByRole('heading', { name: 'No documents yet' });
      fireEvent.keyDown(window, { key: 'i', ctrlKey: true });
      expect(click).toHaveBeenCalledTimes(clicks);
    },
  );

  it('opens the file chooser from the import buttons', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    renderWith(fakeConnection([]));
    await screen.findByRole('heading', { name: 'No documents yet' });
    fireEvent.click(screen.getAllByRole('button', { name: 'Import folder…' })[0]!);
    expect(click.mock.contexts[0]).toBe(screen.getByLabelText('Folder to import'));
  });
});
