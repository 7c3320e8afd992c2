import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { App } from '../../../renderer/src/App';
import { ConnectionProvider } from '../../../renderer/src/connection';
import type { Connection } from '../../../renderer/src/connection';

export function renderWith(connection: Connection, ui: ReactNode = <App />) {
  return render(<ConnectionProvider connection={connection}>{ui}</ConnectionProvider>);
}
