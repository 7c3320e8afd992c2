import { shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { decideNavigation, decidePermission, decideWindowOpen } from '../hosts/security/navigation';

/**
 * Applied to every WebContents the app ever creates (from `web-contents-created`), so a new
 * window or a DevTools page cannot be the one left unguarded. The decisions themselves are
 * pure functions in electron/hosts/security/, tested in Node; this file only wires them.
 */
export function hardenWebContents(contents: WebContents): void {
  const refuseUnlessApp = (event: { preventDefault(): void }, url: string): void => {
    if (decideNavigation(url) === 'deny') event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => refuseUnlessApp(event, url));
  contents.on('will-redirect', (event, url) => refuseUnlessApp(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url).openExternally) {
      // A web link in a source document opens in the user's browser, outside the app's privileges.
      shell.openExternal(url).catch(() => undefined);
    }
    return { action: 'deny' };
  });
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(decidePermission(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
}
